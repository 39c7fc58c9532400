package org.copydesk.article;

import java.util.Locale;
import java.util.Optional;

/** Input formats Copydesk reads. */
public enum Format {
  TEXT("txt"),
  MARKDOWN("md"),
  HTML("html"),
  JSON("json");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The name used on the command line and in reports ({@code text}, {@code markdown}, ...). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format a file name's extension implies, if any. */
  public static Optional<Format> fromFileName(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
      case "txt":
      case "text":
        return Optional.of(TEXT);
      case "md":
      case "markdown":
      case "mdown":
        return Optional.of(MARKDOWN);
      case "html":
      case "htm":
      case "xhtml":
        return Optional.of(HTML);
      case "json":
        return Optional.of(JSON);
      default:
        return Optional.empty();
    }
  }

  /** Parses a command-line name such as {@code md}, {@code markdown} or {@code html}. */
  public static Optional<Format> fromId(String id) {
    String s = id.toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (f.id().equals(s) || f.extension.equals(s)) {
        return Optional.of(f);
      }
    }
    return fromFileName("x." + s);
  }
}
