package test.echo;

import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Local;

/** Answers a blob with its description and sends it back upper-cased. */
@Hyperprocess(name = "Echo", publisher = "test.os")
public class Echo {
  public int echoed;

  @Local
  String echo(Context context) {
    Blob blob = context.blob().orElseThrow(() -> new IllegalArgumentException("Send a blob"));
    echoed++;
    context.respondWithBlob(new Blob(blob.mime(), new String(blob.bytes()).toUpperCase().getBytes()));
    return blob.mime() + ", " + blob.bytes().length + " bytes";
  }
}
