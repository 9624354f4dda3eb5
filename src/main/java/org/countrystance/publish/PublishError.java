package org.countrystance.publish;

/** Writing or committing the output failed; the message says what and where. */
public final class PublishError extends RuntimeException {
  public PublishError(String message, Throwable cause) {
    super(message, cause);
  }

  public PublishError(String message) {
    super(message);
  }
}
