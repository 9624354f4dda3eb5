package org.countrystance.ingest;

/** The input as a whole cannot be read as the contract says (missing columns, corrupt or drifting files). */
public final class InputError extends RuntimeException {
  public InputError(String message) {
    super(message);
  }

  public InputError(String message, Throwable cause) {
    super(message, cause);
  }
}
