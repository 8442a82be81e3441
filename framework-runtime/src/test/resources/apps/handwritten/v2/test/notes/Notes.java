package test.notes;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.ArrayList;
import java.util.List;

/** Version 2: the list was renamed, a field was added. */
public class Notes {
  @JsonAlias("notes")
  public List<String> entries = new ArrayList<>();
  public String owner = "nobody";
}
