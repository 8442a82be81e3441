package dev.hyperapp.api.dispatch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.hyperapp.api.json.Wire;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's failures in words for the person who sent the JSON. Jackson's own messages name Java
 * classes, configuration features and its parser's internals, and may quote the whole offending
 * value; these say what was wrong with the input and where, and stay short.
 */
final class JsonProblems {

  /** Jackson's location of an unclosed array or object, which says its source is redacted. */
  private static final Pattern START_MARKER =
      Pattern.compile("\\s*\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)");
  /** Our deserializers' reason after Jackson's "Cannot deserialize value of type `T` from number 256: ". */
  private static final Pattern REASON = Pattern.compile(
      "^Cannot deserialize value of type `[^`]*` from (?:String \"(?:[^\"\\\\]|\\\\.)*\"|\\S+(?: \\S+)?): (.*)$",
      Pattern.DOTALL);
  /** A qualified Java name or a backquoted Jackson detail: not for the reader. */
  private static final Pattern JAVA = Pattern.compile("`|\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]");
  private static final int LONGEST_QUOTE = 40;
  private static final int LONGEST_NUMBER = 24;

  private JsonProblems() {}

  /** Why a body is over the parser's limits, in terms of the body. */
  static String overLimit(StreamConstraintsException e) {
    StreamReadConstraints limits = Wire.mapper().getFactory().streamReadConstraints();
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Document nesting depth")) {
      return "it is nested deeper than " + limits.getMaxNestingDepth() + " levels";
    }
    if (message.startsWith("Number value length")) {
      return "a number has more than " + limits.getMaxNumberLength() + " digits";
    }
    if (message.startsWith("String value length")) {
      return "a string is longer than " + limits.getMaxStringLength() + " characters";
    }
    if (message.startsWith("Name length")) {
      return "a key is longer than " + limits.getMaxNameLength() + " characters";
    }
    return "it is larger than the parser takes";
  }

  /** Says that a body is not JSON, where, and what is wrong with it. */
  static String notJson(JsonProcessingException e) {
    String message = JsonPaths.firstLine(e.getOriginalMessage());
    String what;
    if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
      what = "more follows the first JSON value";
    } else {
      Matcher marker = START_MARKER.matcher(message);
      what = marker.replaceAll(" (opened at line $1, column $2)");
      if (JAVA.matcher(what).find()) {
        what = "the parser stopped here";
      }
    }
    JsonLocation location = e.getLocation();
    String where = location == null || location.getLineNr() < 1
        ? ""
        : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    return "The body is not valid JSON" + where + ": " + what;
  }

  /**
   * What was found instead of a value of the declared type: {@code got the string "5"}, {@code got the
   * number 1.5, which does not fit an int}, {@code a String goes there, got the number 5}.
   *
   * @param argument the whole argument
   * @param e Jackson's failure while decoding it
   * @param declared the argument's type as the handler declares it
   */
  static String mismatch(JsonNode argument, IOException e, String declared) {
    boolean nested = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty();
    JsonNode found = nested ? JsonPaths.find(argument, ((JsonMappingException) e).getPath()) : argument;
    Class<?> target = targetType(e);
    String expected = nested && target != null ? typeName(target) : declared;
    StringBuilder text = new StringBuilder(nested ? withArticle(expected) + " goes there, got " : "got ")
        .append(describe(found));
    if (isInfinite(found)) {
      return text.toString();
    }
    String reason = ownReason(e);
    if (reason != null) {
      text.append("; ").append(reason);
    } else if (found != null && found.isNumber() && isNumeric(target)) {
      text.append(", which does not fit ").append(withArticle(expected));
    }
    return text.toString();
  }

  /** A JSON value in a few words, never quoting more than a short string or number. */
  static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      String text = value.textValue();
      return text.length() <= LONGEST_QUOTE
          ? "the string " + value
          : "a string of " + text.length() + " characters";
    }
    if (value.isNumber()) {
      if (isInfinite(value)) {
        // JSON has no infinity: the number was too large for the double it was read into.
        return "a number too large for a double";
      }
      String digits = value.asText();
      return digits.length() <= LONGEST_NUMBER ? "the number " + digits : "a " + digits.length() + "-digit number";
    }
    if (value.isBoolean()) {
      return "the boolean " + value.booleanValue();
    }
    if (value.isArray()) {
      return value.isEmpty() ? "an empty array" : "an array of " + value.size();
    }
    return value.isObject() ? "an object" : "a " + value.getNodeType().name().toLowerCase();
  }

  private static boolean isInfinite(JsonNode value) {
    return value != null && value.isFloatingPointNumber() && Double.isInfinite(value.doubleValue());
  }

  private static Class<?> targetType(IOException e) {
    if (e instanceof MismatchedInputException mismatched) {
      return mismatched.getTargetType();
    }
    return e instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
  }

  /** The reason our own deserializers (or Jackson's for enums) gave, if it is fit to show. */
  private static String ownReason(IOException e) {
    if (!(e instanceof InvalidFormatException invalid) || invalid.getOriginalMessage() == null
        || invalid.getOriginalMessage().length() > 1_000) {
      return null;
    }
    Matcher matcher = REASON.matcher(invalid.getOriginalMessage());
    return matcher.matches() && !JAVA.matcher(matcher.group(1)).find() ? matcher.group(1) : null;
  }

  private static boolean isNumeric(Class<?> type) {
    return type != null && (Number.class.isAssignableFrom(type)
        || (type.isPrimitive() && type != boolean.class && type != char.class && type != void.class));
  }

  private static String typeName(Class<?> type) {
    if (type.isArray()) {
      return typeName(type.getComponentType()) + "[]";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "List";
    }
    return Map.class.isAssignableFrom(type) ? "Map" : type.getSimpleName();
  }

  private static String withArticle(String type) {
    return ("aeiouAEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }
}
