package test.notes;

import java.util.ArrayList;
import java.util.List;

public class Notes {
  public List<String> notes = new ArrayList<>();
}
