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
 * Reads articles from files, streams and strings. Input must be UTF-8 text (a UTF-8 byte-order mark is allowed;
 * UTF-16 and UTF-32 are refused with a message that says so) within the {@link Limits} given, else
 * {@link Limits#defaults()}; the format comes from the file extension, else from the content, unless given.
 */
public final class Articles {
  private Articles() {}

  /** Reads a file within the default limits, choosing the format from its extension or content. */
  public static Article read(Path file) throws InvalidInputException {
    return read(file, null, Limits.defaults());
  }

  /**
   * Reads a file in the given format within the default limits.
   *
   * @param file the file
   * @param format the format, or {@code null} to use the extension or content
   */
  public static Article read(Path file, Format format) throws InvalidInputException {
    return read(file, format, Limits.defaults());
  }

  /**
   * Reads a file in the given format. No more than {@link Limits#maxInputBytes()} (and one byte) is read, whatever
   * size the file claims, so a device or a growing file cannot exhaust memory.
   *
   * @param file the file
   * @param format the format, or {@code null} to use the extension or content
   * @param limits the limits of the input
   */
  public static Article read(Path file, Format format, Limits limits) throws InvalidInputException {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new InvalidInputException(file + ": is a directory");
      }
      long size = Files.size(file);
      if (size > limits.maxInputBytes()) {
        throw tooLarge(file.toString(), size + " bytes", limits);
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = readBounded(in, file.toString(), limits);
      }
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": no such file");
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
    Format f = format != null ? format : Format.fromFileName(file.getFileName().toString()).orElse(null);
    return fromBytes(bytes, f, file.toString(), limits);
  }

  /** Reads a stream to its end within the default limits; {@code format} may be {@code null}. */
  public static Article read(InputStream in, Format format, String source) throws InvalidInputException {
    return read(in, format, source, Limits.defaults());
  }

  /**
   * Reads a stream to its end; reading stops as soon as the stream is longer than {@link Limits#maxInputBytes()}.
   *
   * @param format the format, or {@code null} to detect it from the content
   * @param source a name for reports (a path, a CMS id)
   */
  public static Article read(InputStream in, Format format, String source, Limits limits)
      throws InvalidInputException {
    byte[] bytes;
    try {
      bytes = readBounded(in, source, limits);
    } catch (IOException e) {
      throw new InvalidInputException(source + ": cannot read (" + e.getClass().getSimpleName() + ")");
    }
    return fromBytes(bytes, format, source, limits);
  }

  /** Builds an article from text already in memory, within the default limits. */
  public static Article parse(String content, Format format, String source) throws InvalidInputException {
    return parse(content, format, source, Limits.defaults());
  }

  /**
   * Builds an article from text already in memory.
   *
   * @param content the article in the given format; its size is measured in UTF-8 bytes
   * @param format its format, or {@code null} to detect it from the content
   * @param source a name for reports (a path, a CMS id)
   * @param limits the limits of the input
   */
  public static Article parse(String content, Format format, String source, Limits limits)
      throws InvalidInputException {
    long size = utf8Length(content, limits.maxInputBytes());
    if (size > limits.maxInputBytes()) {
      throw tooLarge(source, "more than " + limits.maxInputBytes() + " bytes in UTF-8", limits);
    }
    // A byte-order mark is an encoding signature, not text: it would hide a Markdown heading, an HTML head
    // or a JSON object from the parsers (and editors do not count it as a column).
    // A U+FEFF followed by a variation selector starts a C2PA text manifest, which is kept for the rules.
    boolean bom = content.startsWith("\uFEFF") && !(content.length() > 1 && isVariationSelector(content, 1));
    String c = bom ? content.substring(1) : content;
    Format f = format != null ? format : Loaders.sniff(c);
    try {
      return Loaders.load(c, f, source, limits);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(source + ": " + e.getMessage(), e);
    }
  }

  private static boolean isVariationSelector(String s, int i) {
    int cp = s.codePointAt(i);
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  /** The UTF-8 length of {@code s}, counted no further than just past {@code max}. */
  private static long utf8Length(String s, long max) {
    if (s.length() > max) {
      return s.length(); // every char is at least one byte
    }
    if ((long) s.length() * 3 <= max) {
      return s.length(); // no char is more than three bytes (a surrogate pair is four for two chars)
    }
    long n = 0;
    for (int i = 0; i < s.length() && n <= max; i++) {
      char ch = s.charAt(i);
      n += ch < 0x80 ? 1 : ch < 0x800 ? 2 : Character.isSurrogate(ch) ? 2 : 3;
    }
    return n;
  }

  private static InvalidInputException tooLarge(String source, String size, Limits limits) {
    return new InvalidInputException(source + ": too large (" + size + "; the max input size is "
        + Limits.bytes(limits.maxInputBytes()) + ")");
  }

  private static byte[] readBounded(InputStream in, String source, Limits limits)
      throws IOException, InvalidInputException {
    long max = limits.maxInputBytes();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    int n;
    while ((n = in.read(chunk)) > 0) {
      if (buf.size() + (long) n > max) {
        throw tooLarge(source, "more than " + max + " bytes", limits);
      }
      buf.write(chunk, 0, n);
    }
    return buf.toByteArray();
  }

  private static Article fromBytes(byte[] bytes, Format format, String source, Limits limits)
      throws InvalidInputException {
    if (bytes.length == 0) {
      throw new InvalidInputException(source + ": empty input: no text to audit");
    }
    String bom = utf16or32(bytes);
    if (bom != null) {
      throw new InvalidInputException(source + ": " + bom + " text (byte-order mark); copydesk reads UTF-8: "
          + "convert it first, e.g. iconv -f " + bom + " -t UTF-8");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InvalidInputException(source + ": binary input (NUL byte at offset " + i + "); expected UTF-8 "
            + "text" + (isPng(bytes) ? " (this is a PNG image)" : ""));
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
      throw new InvalidInputException(source + ": not UTF-8 text (invalid byte sequence at offset "
          + firstInvalidUtf8(bytes) + "; binary or another encoding)");
    }
    return parse(text, format, source, limits);
  }

  /** The encoding a UTF-16 or UTF-32 byte-order mark names, or {@code null}. */
  private static String utf16or32(byte[] b) {
    if (b.length >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE";
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
      return "UTF-32BE";
    }
    if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
      return "UTF-16LE";
    }
    if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
      return "UTF-16BE";
    }
    return null;
  }

  private static boolean isPng(byte[] b) {
    return b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
  }

  /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int firstInvalidUtf8(byte[] b) {
    var dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    while (true) {
      var r = dec.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        return b.length;
      }
      out.clear();
    }
  }
}
