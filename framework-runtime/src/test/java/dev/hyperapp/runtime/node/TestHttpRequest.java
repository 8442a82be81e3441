package dev.hyperapp.runtime.node;

import dev.hyperapp.annotations.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@code POST /api} request with the given query parameters and no headers. */
public final class TestHttpRequest implements Context.HttpRequest {

  private final Map<String, String> query;

  public TestHttpRequest(Map<String, String> query) {
    this.query = Map.copyOf(query);
  }

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
    return Optional.ofNullable(query.get(name));
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
