package org.copydesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlesReadTest {
  @TempDir Path dir;

  private InvalidInputException readFails(Path file) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Articles.read(file));
    assertThat(t).isInstanceOf(InvalidInputException.class);
    assertThat(t.getMessage()).doesNotContain("\n").doesNotContain("\r").startsWith(file.toString() + ": ");
    return (InvalidInputException) t;
  }

  @Test
  void missingFile() {
    Path f = dir.resolve("missing.txt");
    assertThat(readFails(f)).hasMessage(f + ": no such file");
  }

  @Test
  void emptyFile() throws Exception {
    Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertThat(readFails(f)).hasMessage(f + ": empty input: no text to audit");
  }

  @Test
  void whitespaceOnlyFile() throws Exception {
    Path f = Files.writeString(dir.resolve("blank.md"), "  \n\t\r\n \n");
    assertThat(readFails(f)).hasMessage(f + ": empty input: no text to audit");
  }

  @Test
  void binaryFile() throws Exception {
    Path f = Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', 0, 1, 2});
    assertThat(readFails(f)).hasMessage(f + ": binary input (NUL byte at offset 3); expected UTF-8 text");
  }

  @Test
  void invalidUtf8() throws Exception {
    Path f = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(readFails(f)).hasMessage(f + ": not UTF-8 text (invalid byte sequence at offset 3; binary or another encoding)");
  }

  @Test
  void directory() {
    assertThat(readFails(dir)).hasMessage(dir + ": is a directory");
  }

  @Test
  void markupWithoutTextIsInvalid() throws Exception {
    Path f = Files.writeString(dir.resolve("empty.html"), "<html><body><script>x()</script></body></html>");
    assertThat(readFails(f)).hasMessage(f + ": no article text found in html input");
  }

  @Test
  void formatFromExtension() throws Exception {
    Path md = Files.writeString(dir.resolve("draft.md"), "# Title Here\n\nSome *text* here.\n");
    Article a = Articles.read(md);
    assertThat(a.format()).isEqualTo(Format.MARKDOWN);
    assertThat(a.source()).isEqualTo(md.toString());
    assertThat(a.blocks().get(0).type()).isEqualTo(BlockType.TITLE);
  }

  @Test
  void formatFromContentWithoutExtension() throws Exception {
    Path f = Files.writeString(dir.resolve("README"), "<!DOCTYPE html><html><body><p>Hello there.</p></body></html>");
    assertThat(Articles.read(f).format()).isEqualTo(Format.HTML);
  }

  @Test
  void explicitFormatWins() throws Exception {
    Path f = Files.writeString(dir.resolve("draft.md"), "# Not A Heading\n\nBody text here.\n");
    Article a = Articles.read(f, Format.TEXT);
    assertThat(a.format()).isEqualTo(Format.TEXT);
    assertThat(a.blocks().get(0).text()).isEqualTo("# Not A Heading");
  }

  @Test
  void utf8WithBomAndAstralCharacters() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "Title Line\n\n\uD83D\uDE00 Smile rates rose.\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    Path f = Files.write(dir.resolve("bom.txt"), all);
    Article a = Articles.read(f);
    assertThat(a.blocks()).extracting(Block::text).containsExactly("Title Line", "\uD83D\uDE00 Smile rates rose.");
    int smile = a.text().indexOf("Smile");
    assertThat(a.sourceMap().start(smile)).isEqualTo(new Position(3, 3));
  }

  @Test
  void byteOrderMarkDoesNotHideStructure() throws Exception {
    String bom = "\uFEFF";
    Article md = Articles.read(Files.writeString(dir.resolve("bom.md"), bom + "# Hello World\n\nSome text here.\n"));
    assertThat(md.blocks()).extracting(Block::type).containsExactly(BlockType.TITLE, BlockType.PARAGRAPH);
    assertThat(md.metadata().title()).isEqualTo("Hello World");
    assertThat(md.sourceMap().start(0)).isEqualTo(new Position(1, 3));

    Article html = Articles.read(Files.writeString(dir.resolve("bom.html"),
        bom + "<html><head><title>Page Title</title></head><body><p>Some text here.</p></body></html>"));
    assertThat(html.metadata().title()).isEqualTo("Page Title");
    assertThat(html.blocks()).extracting(Block::text).containsExactly("Some text here.");

    Article json = Articles.read(Files.writeString(dir.resolve("bom.json"),
        bom + "{\"title\":\"T\",\"body\":\"Some text here.\"}"));
    assertThat(json.blocks()).extracting(Block::text).containsExactly("T", "Some text here.");
    assertThat(json.sourceMap().start(json.text().indexOf("Some"))).isEqualTo(new Position(1, 22));
  }

  @Test
  void readFromStream() throws Exception {
    Article a = Articles.read(new ByteArrayInputStream("Plain text here.".getBytes(StandardCharsets.UTF_8)),
        null, "-");
    assertThat(a.source()).isEqualTo("-");
    assertThat(a.format()).isEqualTo(Format.TEXT);
  }

  @Test
  void parseErrorsNameTheSource() {
    assertThatThrownBy(() -> Articles.parse(" \n ", Format.TEXT, "cms:42"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("cms:42: empty input: no text to audit");
  }
}
