package dev.hyperapp.runtime.http;

/**
 * Sends Undertow's and XNIO's logs to SLF4J, like the rest of the runtime's, so that one logging
 * configuration governs them all. Both log through JBoss Logging, which on its own picks SLF4J only
 * beside Logback and otherwise writes through {@code java.util.logging} in its own format.
 */
public final class UndertowLogging {

  /** JBoss Logging's choice of backend, read once, when it first makes a logger. */
  static final String PROVIDER_PROPERTY = "org.jboss.logging.provider";

  private UndertowLogging() {}

  /**
   * Chooses SLF4J unless the application embedding the node chose a backend itself. Called before
   * Undertow is first used: once JBoss Logging made a logger, its choice is fixed.
   */
  public static void throughSlf4j() {
    if (System.getProperty(PROVIDER_PROPERTY) == null) {
      System.setProperty(PROVIDER_PROPERTY, "slf4j");
    }
  }
}
