package dev.hyperapp.runtime.apps;

import dev.hyperapp.annotations.Context;
import dev.hyperapp.runtime.state.NodeDatabase;
import dev.hyperapp.runtime.state.PackageKeyValue;
import dev.hyperapp.runtime.state.PackageSql;
import dev.hyperapp.runtime.vfs.PackageDrive;
import java.nio.file.Path;

/**
 * What the node keeps for one package ({@code package:publisher}), shared by its processes: the
 * key–value store (rows of the node database), the SQL database ({@code <folder>/app.db}) and the
 * drives ({@code <folder>/drives/<name>/}), where the folder is {@code <home>/packages/<publisher>/<package>}.
 */
public final class PackageServices implements AutoCloseable {

  private final Path folder;
  private final PackageKeyValue keyValue;
  private final PackageSql sql;

  public PackageServices(NodeDatabase database, Path packagesFolder, String packageName,
      String publisher) {
    this.folder = packagesFolder.resolve(publisher).resolve(packageName);
    this.keyValue = new PackageKeyValue(database, packageName + ":" + publisher);
    this.sql = new PackageSql(folder.resolve("app.db"));
  }

  public Context.KeyValue keyValue() {
    return keyValue;
  }

  public Context.Sql sql() {
    return sql;
  }

  public Context.Drive drive(String name) {
    return PackageDrive.open(folder.resolve("drives"), name);
  }

  @Override
  public void close() {
    sql.close();
  }
}
