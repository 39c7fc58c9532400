package org.copydesk.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.copydesk.internal.load.Loaders;

/**
 * Reads articles from files, streams and strings. Input must be UTF-8 text of at most
 * {@link #MAX_BYTES} bytes; the format comes from the file extension, else from the content, unless given.
 */
public final class Articles {
  /** The largest input accepted (16 MiB). */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private Articles() {}

  /** Reads a file, choosing the format from its extension or content. */
  public static Article read(Path file) throws InvalidInputException {
    return read(file, null);
  }

  /**
   * Reads a file in the given format.
   *
   * @param file the file
   * @param format the format, or {@code null} to use the extension or content
   */
  public static Article read(Path file, Format format) throws InvalidInputException {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new InvalidInputException(file + ": is a directory");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new InvalidInputException(file + ": too large (" + size + " bytes; limit " + MAX_BYTES + ")");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": no such file");
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
    Format f = format != null ? format : Format.fromFileName(file.getFileName().toString()).orElse(null);
    return fromBytes(bytes, f, file.toString());
  }

  /** Reads a stream to its end (at most {@link #MAX_BYTES}); {@code format} may be {@code null}. */
  public static Article read(InputStream in, Format format, String source) throws InvalidInputException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      int n;
      while ((n = in.read(chunk)) > 0) {
        if (buf.size() + n > MAX_BYTES) {
          throw new InvalidInputException(source + ": too large (limit " + MAX_BYTES + " bytes)");
        }
        buf.write(chunk, 0, n);
      }
    } catch (IOException e) {
      throw new InvalidInputException(source + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
    return fromBytes(buf.toByteArray(), format, source);
  }

  /**
   * Builds an article from text already in memory.
   *
   * @param content the article in the given format
   * @param format its format, or {@code null} to detect it from the content
   * @param source a name for reports (a path, a CMS id)
   */
  public static Article parse(String content, Format format, String source) throws InvalidInputException {
    if (content.length() > MAX_BYTES) {
      throw new InvalidInputException(source + ": too large (limit " + MAX_BYTES + " characters)");
    }
    // A byte-order mark is an encoding signature, not text: it would hide a Markdown heading, an HTML head
    // or a JSON object from the parsers (and editors do not count it as a column).
    // A U+FEFF followed by a variation selector starts a C2PA text manifest, which is kept for the rules.
    boolean bom = content.startsWith("\uFEFF") && !(content.length() > 1 && isVariationSelector(content, 1));
    String c = bom ? content.substring(1) : content;
    Format f = format != null ? format : Loaders.sniff(c);
    try {
      return Loaders.load(c, f, source);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(source + ": " + e.getMessage(), e);
    }
  }

  private static boolean isVariationSelector(String s, int i) {
    int cp = s.codePointAt(i);
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  private static Article fromBytes(byte[] bytes, Format format, String source) throws InvalidInputException {
    if (bytes.length == 0) {
      throw new InvalidInputException(source + ": empty input: no text to audit");
    }
    int probe = Math.min(bytes.length, 8192);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        throw new InvalidInputException(source + ": binary input (NUL byte at offset " + i + "); expected UTF-8 text");
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(source + ": not UTF-8 text (binary or another encoding)");
    }
    return parse(text, format, source);
  }
}
