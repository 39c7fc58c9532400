package org.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.Copydesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each input limit of {@link Limits} is an {@link InvalidInputException} that names the limit and the place. */
class LimitsTest {
  @TempDir Path dir;

  private static final String PARAGRAPH = "The council met on Tuesday to discuss the budget for the coming year.";

  @Test
  void defaultsAreDocumentedAndValidated() {
    Limits d = Limits.defaults();
    assertThat(d.maxInputBytes()).isEqualTo(10L * 1024 * 1024);
    assertThat(d.maxNestingDepth()).isEqualTo(512);
    assertThat(d.maxLineLength()).isEqualTo(100_000);
    assertThat(d.maxFindingsPerRule()).isEqualTo(1_000);
    assertThat(d.withMaxInputBytes(5).maxInputBytes()).isEqualTo(5);
    assertThat(d.withMaxInputBytes(5).maxLineLength()).isEqualTo(100_000);
    assertThatThrownBy(() -> d.withMaxInputBytes(0)).hasMessageContaining("maxInputBytes");
    assertThatThrownBy(() -> d.withMaxInputBytes(Limits.MAX_INPUT_BYTES + 1)).hasMessageContaining("maxInputBytes");
    assertThatThrownBy(() -> d.withMaxNestingDepth(Limits.MAX_NESTING_DEPTH + 1))
        .hasMessageContaining("maxNestingDepth");
    assertThatThrownBy(() -> d.withMaxLineLength(79)).hasMessageContaining("maxLineLength");
    assertThatThrownBy(() -> d.withMaxFindingsPerRule(0)).hasMessageContaining("maxFindingsPerRule");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), (PARAGRAPH + "\n").repeat(20));
    Limits small = Limits.defaults().withMaxInputBytes(1024);
    assertThatThrownBy(() -> Articles.read(file, null, small))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(file + ": too large (" + Files.size(file) + " bytes; the max input size is 1 KiB)");
    assertThat(Articles.read(file, null, small.withMaxInputBytes(Files.size(file))).text()).contains("council");
  }

  @Test
  void aStreamIsReadNoFurtherThanTheLimit() {
    byte[] bytes = (PARAGRAPH + "\n").repeat(100).getBytes(StandardCharsets.UTF_8);
    CountingStream in = new CountingStream(bytes);
    assertThatThrownBy(() -> Articles.read(in, null, "cms:1", Limits.defaults().withMaxInputBytes(2000)))
        .hasMessage("cms:1: too large (more than 2000 bytes; the max input size is 2000 bytes)");
    assertThat(in.read).isLessThanOrEqualTo(2000 + 8192);
  }

  @Test
  void textInMemoryIsMeasuredInUtf8Bytes() throws InvalidInputException {
    String greek = "Το συμβούλιο συνεδρίασε την Τρίτη. ".repeat(40); // two bytes per letter
    Limits limits = Limits.defaults().withMaxInputBytes(greek.length() + 10);
    assertThatThrownBy(() -> Articles.parse(greek, Format.TEXT, "g", limits)).hasMessageContaining("too large");
    assertThat(Articles.parse(greek, Format.TEXT, "g", limits.withMaxInputBytes(4 * greek.length())).text())
        .contains("Τρίτη");
  }

  @Test
  void aTenMegabyteSingleLineIsOverTheLineLimit() {
    String line = "word ".repeat(2 * 1024 * 1024 - 1) + "end"; // 10 MiB less 2 characters: under the size limit
    assertThatThrownBy(() -> Articles.parse(line, Format.TEXT, "one-line.txt", Limits.defaults()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("one-line.txt: line 1 is " + line.length() + " characters long; the max line length is 100000");
  }

  @Test
  void theLineLimitCountsLinesOfTextAndMarkdown() throws InvalidInputException {
    Limits limits = Limits.defaults().withMaxLineLength(100);
    String ok = PARAGRAPH + "\r\n\r\n" + PARAGRAPH + "\n";
    assertThat(Articles.parse(ok, Format.TEXT, "t", limits).text()).contains("budget");
    String md = "# Title\n\n" + PARAGRAPH + "\n\n" + "x".repeat(101) + "\n";
    assertThatThrownBy(() -> Articles.parse(md, Format.MARKDOWN, "m.md", limits))
        .hasMessage("m.md: line 5 is 101 characters long; the max line length is 100");
  }

  @Test
  void htmlIsHeldToTheLineLimitByItsBlocksNotItsLines() throws InvalidInputException {
    Limits limits = Limits.defaults().withMaxLineLength(200);
    String page = "<html><body><article><p>" + PARAGRAPH + "</p><p>" + PARAGRAPH + "</p><p>" + PARAGRAPH
        + "</p></article></body></html>";
    assertThat(page.length()).isGreaterThan(200); // one long line of markup is fine
    assertThat(Articles.parse(page, Format.HTML, "p.html", limits).bodyText()).contains("budget");
    String longBlock = "<html><body>\n<p>" + (PARAGRAPH + " ").repeat(4) + "</p></body></html>";
    assertThatThrownBy(() -> Articles.parse(longBlock, Format.HTML, "p.html", limits))
        .hasMessageStartingWith("p.html: the block of text at line 2, column 4 is ")
        .hasMessageEndingWith("characters long; the max line length is 200");
  }

  @Test
  void hundredThousandNestedDivsAreRefused() {
    int n = 100_000;
    String page = "<html><body>\n" + "<div>".repeat(n) + "Deep text." + "</div>".repeat(n) + "</body></html>";
    assertThatThrownBy(() -> Articles.parse(page, Format.HTML, "deep.html", Limits.defaults()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("deep.html: HTML elements nested more than 512 deep at line 2, column ")
        .hasMessageEndingWith("; the max nesting depth is 512");
  }

  @Test
  void nestingUpToTheLimitIsRead() throws InvalidInputException {
    // html and body are two levels; 400 divs and a paragraph stay within 512
    String page = "<html><body>" + "<div>".repeat(400) + "<p>" + PARAGRAPH + "</p>" + "</div>".repeat(400)
        + "</body></html>";
    assertThat(Articles.parse(page, Format.HTML, "ok.html", Limits.defaults()).bodyText()).contains("budget");
    Limits shallow = Limits.defaults().withMaxNestingDepth(64);
    assertThatThrownBy(() -> Articles.parse(page, Format.HTML, "ok.html", shallow))
        .hasMessageContaining("nested more than 64 deep");
  }

  @Test
  void deeplyNestedCmsJsonIsRefusedWithItsPlace() {
    String json = "{\"title\": \"T\", \"body\": \"" + PARAGRAPH + "\", \"extra\": " + "[".repeat(100_000)
        + "]".repeat(100_000) + "}";
    int column = json.indexOf('[') + 512; // the root object is level 1, so the 512th bracket is level 513
    assertThatThrownBy(() -> Articles.parse(json, Format.JSON, "cms.json", Limits.defaults()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("cms.json: JSON nested more than 512 levels deep at line 1, column " + column
            + "; the max nesting depth is 512");
  }

  @Test
  void theNestingLimitReachesHtmlInsideCmsJson() {
    String body = "<div>".repeat(600) + "<p>" + PARAGRAPH + "</p>" + "</div>".repeat(600);
    String json = "{\"title\": \"T\", \"bodyHtml\": \"" + body + "\"}";
    assertThatThrownBy(() -> Articles.parse(json, Format.JSON, "cms.json", Limits.defaults()))
        .hasMessageContaining("HTML elements nested more than 512 deep");
  }

  @Test
  void aNulByteAnywhereIsBinaryInput() throws IOException {
    byte[] text = (PARAGRAPH + "\n").repeat(200).getBytes(StandardCharsets.UTF_8);
    text[text.length - 5] = 0; // past the first 8 KiB
    Path file = Files.write(dir.resolve("nul.txt"), text);
    assertThatThrownBy(() -> Articles.read(file))
        .hasMessage(file + ": binary input (NUL byte at offset " + (text.length - 5) + "); expected UTF-8 text");
  }

  @Test
  void invalidUtf8SaysWhere() throws IOException {
    Path file = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> Articles.read(file))
        .hasMessage(file + ": not UTF-8 text (invalid byte sequence at offset 3; binary or another encoding)");
  }

  @Test
  void utf16WithAByteOrderMarkIsAClearError() throws IOException {
    String text = PARAGRAPH + "\n";
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    Path fle = Files.write(dir.resolve("le.txt"), le);
    Path fbe = Files.write(dir.resolve("be.txt"), be);
    assertThatThrownBy(() -> Articles.read(fle)).hasMessage(fle + ": UTF-16LE text (byte-order mark); copydesk "
        + "reads UTF-8: convert it first, e.g. iconv -f UTF-16LE -t UTF-8");
    assertThatThrownBy(() -> Articles.read(fbe)).hasMessageContaining("UTF-16BE text (byte-order mark)");
    // a UTF-8 byte-order mark is still fine
    Path utf8 = Files.write(dir.resolve("bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        text.getBytes(StandardCharsets.UTF_8)));
    assertThatCode(utf8);
  }

  @Test
  void aPngIsNamed() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Path file = Files.write(dir.resolve("photo.md"), png);
    assertThatThrownBy(() -> Articles.read(file))
        .hasMessage(file + ": binary input (NUL byte at offset 8); expected UTF-8 text (this is a PNG image)");
  }

  @Test
  void copydeskReadsWithinItsLimits() throws Exception {
    Copydesk small = Copydesk.builder().limits(Limits.defaults().withMaxInputBytes(100)).build();
    assertThat(small.limits().maxInputBytes()).isEqualTo(100);
    Path file = Files.writeString(dir.resolve("a.txt"), (PARAGRAPH + "\n\n").repeat(3));
    assertThatThrownBy(() -> small.audit(file)).hasMessageContaining("the max input size is 100 bytes");
    assertThatThrownBy(() -> small.audit(Files.readString(file), Format.TEXT, "a"))
        .hasMessageContaining("the max input size is 100 bytes");
    assertThat(small.withPolicy(org.copydesk.report.Policy.defaults().withFailOn(org.copydesk.rule.Severity.WARNING)).limits())
        .isEqualTo(small.limits());
  }

  private static void assertThatCode(Path utf8) {
    try {
      assertThat(Articles.read(utf8).text()).startsWith("The council");
    } catch (InvalidInputException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Counts the bytes handed out. */
  private static final class CountingStream extends ByteArrayInputStream {
    int read;

    CountingStream(byte[] b) {
      super(b);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      int n = super.read(b, off, len);
      read += Math.max(0, n);
      return n;
    }
  }
}
