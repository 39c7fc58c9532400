package org.copydesk.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a fuzzer's bytes into the strings the string entry points ({@code Articles.parse}, policies) take. */
public final class FuzzInputs {
  private FuzzInputs() {}

  /** The bytes as strict UTF-8, or {@code null} when they are not (the byte entry points reject them). */
  public static String strictUtf8(byte[] data) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The bytes as UTF-8 that also accepts encoded surrogates ({@code ED A0 80} is a lone U+D800), as in WTF-8, so
   * that seeds can hold the lone surrogates a Java string can carry; other malformed bytes become U+FFFD.
   */
  public static String lenientUtf8(byte[] data) {
    StringBuilder sb = new StringBuilder(data.length);
    int i = 0;
    while (i < data.length) {
      int b = data[i] & 0xFF;
      int need;
      int cp;
      if (b < 0x80) {
        sb.append((char) b);
        i++;
        continue;
      } else if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        cp = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        cp = b & 0x07;
      } else {
        sb.append('\uFFFD');
        i++;
        continue;
      }
      int j = i + 1;
      while (j <= i + need && j < data.length && (data[j] & 0xC0) == 0x80) {
        cp = cp << 6 | data[j] & 0x3F;
        j++;
      }
      if (j != i + need + 1 || cp < (need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000) || cp > 0x10FFFF) {
        sb.append('\uFFFD');
        i++;
        continue;
      }
      sb.appendCodePoint(cp);
      i = j;
    }
    return sb.toString();
  }

  /** Fails unless an error message is one non-blank line (the CLI prints it as is; the service puts it in JSON). */
  public static void requireOneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank() || m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0) {
      throw new AssertionError("error message is not one line: " + e.getClass().getName() + ": " + m, e);
    }
  }
}
