package dev.hyperapp.runtime.apps;

import dev.hyperapp.annotations.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plain {@code POST /api} request without query parameters or headers. */
final class FixedRequest implements Context.HttpRequest {

  @Override
  public String method() {
    return "POST";
  }

  @Override
  public String path() {
    return "/api";
  }

  @Override
  public Optional<String> query(String name) {
    return Optional.empty();
  }

  @Override
  public Map<String, List<String>> queryParameters() {
    return Map.of();
  }

  @Override
  public Optional<String> header(String name) {
    return Optional.empty();
  }
}
