package dev.hyperapp.api.dispatch;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;

/** JSON paths in error messages: {@code $.Search[1].tags[0].color}. */
final class JsonPaths {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private JsonPaths() {}

  /** The path below a value that Jackson recorded while failing to decode it. */
  static String suffix(List<Reference> references) {
    StringBuilder path = new StringBuilder();
    for (Reference reference : references) {
      String field = reference.getFieldName();
      if (field == null) {
        path.append('[').append(reference.getIndex()).append(']');
      } else if (IDENTIFIER.matcher(field).matches()) {
        path.append('.').append(field);
      } else {
        path.append("[\"").append(field.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
      }
    }
    return path.toString();
  }

  /** The value at {@code references} below {@code root}, or {@code null} if there is none. */
  static JsonNode find(JsonNode root, List<Reference> references) {
    JsonNode node = root;
    for (Reference reference : references) {
      if (node == null) {
        return null;
      }
      node = reference.getFieldName() == null ? node.get(reference.getIndex()) : node.get(reference.getFieldName());
    }
    return node;
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
