package dev.hyperapp.runtime.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hyperapp.annotations.ProcessId;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The node's own pages, plain HTML and CSS from templates beside this class ({@code page.html} around
 * {@code login.html} and {@code homepage.html}), and {@code our.js}. Every value is escaped where it is
 * placed.
 */
final class Pages {

  /** A homepage tile, resolved to links: {@code link} and {@code iconUrl} are absolute paths. */
  record Tile(String label, String icon, String iconUrl, String link) {}

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+)}}");
  private static final String PAGE = template("page.html");
  private static final String LOGIN = template("login.html");
  private static final String HOMEPAGE = template("homepage.html");
  /** The node's icon (three linked nodes), for its pages' tabs and any app page without its own. */
  static final byte[] FAVICON = template("favicon.svg").getBytes(StandardCharsets.UTF_8);
  private static final JsonFactory JSON = new JsonFactory();

  private Pages() {}

  static byte[] login(String node, String next, boolean wrongPassword) {
    String error = wrongPassword ? "<p class=\"error\" role=\"alert\">Wrong password.</p>" : "";
    String body = fill(LOGIN, Map.of("node", escape(node), "next", escape(next), "error", error));
    return page("Log in · " + node, body);
  }

  static byte[] homepage(String node, List<Tile> tiles) {
    StringBuilder apps = new StringBuilder();
    if (tiles.isEmpty()) {
      apps.append("<p class=\"muted\">No apps have added themselves to the homepage yet.</p>");
    } else {
      apps.append("<ul class=\"apps\">");
      tiles.stream()
          .sorted(Comparator.comparing(Tile::label).thenComparing(Tile::link))
          .forEach(tile -> apps.append(tileHtml(tile)));
      apps.append("</ul>");
    }
    return page(node, fill(HOMEPAGE, Map.of("node", escape(node), "apps", apps.toString())));
  }

  private static String tileHtml(Tile tile) {
    String icon = tile.iconUrl() == null
        ? escape(tile.icon())
        : "<img src=\"" + escape(tile.iconUrl()) + "\" alt=\"\">";
    return "<li><a href=\"" + escape(tile.link()) + "\"><span class=\"icon\" aria-hidden=\"true\">" + icon
        + "</span><span>" + escape(tile.label()) + "</span></a></li>";
  }

  /** {@code window.our = {"node":…,"process":…};} with {@code process} null when unknown. */
  static byte[] ourJs(String node, ProcessId process) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("node", node);
      json.writeStringField("process", process == null ? null : process.toString());
      json.writeEndObject();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return ("window.our = " + out + ";\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] page(String title, String body) {
    return fill(PAGE, Map.of("title", escape(title), "body", body)).getBytes(StandardCharsets.UTF_8);
  }

  /** Replaces each {@code {{name}}} in one pass, so a value is never searched for placeholders. */
  private static String fill(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 256);
    while (matcher.find()) {
      String value = Objects.requireNonNull(values.get(matcher.group(1)), matcher.group(1));
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  private static String template(String name) {
    try (InputStream in = Pages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing page template " + name + " beside " + Pages.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
