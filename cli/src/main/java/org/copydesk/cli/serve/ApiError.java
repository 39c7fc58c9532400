package org.copydesk.cli.serve;

/** A request the service answers with an error status and a JSON {@code error} object. */
final class ApiError extends Exception {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;

  ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  /** A stable machine-readable name: {@code bad_request}, {@code invalid_input}, {@code busy}, .... */
  String code() {
    return code;
  }
}
