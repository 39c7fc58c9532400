package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input on the command line (docs/limits.md): each is one line on stderr and the documented
 * exit code (3 for an input, 2 for a policy file), never a stack trace or a hang. The inputs are made here.
 */
class HostileInputTest {
  private static final String ARTICLE = "Council approves budget\n\nThe council met on Tuesday to discuss the budget "
      + "for the coming year. The vote was close.\n";

  @TempDir Path dir;

  private static void assertOneLine(Cli.Result r, int code, String message) {
    assertThat(r.code()).as(r.toString()).isEqualTo(code);
    assertThat(r.errLines()).as(r.toString()).containsExactly("copydesk: " + message);
    assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aTenMegabyteSingleLine() throws IOException {
    Path file = dir.resolve("one-line.txt");
    String line = "word ".repeat(2 * 1024 * 1024 - 1) + "end"; // just under 10 MiB: the line limit, not the size
    Files.writeString(file, line);
    assertOneLine(Cli.run("check", file.toString()), 3,
        file + ": line 1 is " + line.length() + " characters long; the max line length is 100000");
    Files.writeString(file, line + "\nand more");
    assertOneLine(Cli.run("check", file.toString()), 3,
        file + ": too large (" + Files.size(file) + " bytes; the max input size is 10 MiB)");
  }

  @Test
  void theInputSizeCanBeSetForCheckFixAndExtract() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), ARTICLE.repeat(20));
    String tooLarge = file + ": too large (" + Files.size(file) + " bytes; the max input size is 1 KiB)";
    assertOneLine(Cli.run("check", "--max-input-size", "1KB", file.toString()), 3, tooLarge);
    assertOneLine(Cli.run("extract", "--max-input-size", "1kb", file.toString()), 3, tooLarge);
    assertOneLine(Cli.run("fix", "--max-input-size", "1024", file.toString()), 3, tooLarge);
    Cli.Result baseline = Cli.run("baseline", "--max-input-size", "1K", file.toString(), "-o",
        dir.resolve("b.json").toString());
    assertThat(baseline.code()).isEqualTo(3);
    assertThat(baseline.errLines()).first().isEqualTo("copydesk: " + tooLarge); // then: baseline not written
    assertThat(Cli.run("check", "--max-input-size", "1MB", file.toString()).code()).isIn(0, 1);
    assertThat(Cli.run("check", "--max-line-length", "80", file.toString()).err())
        .contains(file + ": line 3 is 89 characters long; the max line length is 80");
  }

  @Test
  void badLimitValuesAreUsageErrors() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), ARTICLE);
    assertOneLine(Cli.run("check", "--max-input-size", "1GB", file.toString()), 2,
        "--max-input-size: expected a size like 512KB or 8MB, got '1GB'");
    assertOneLine(Cli.run("check", "--max-input-size", "300MB", file.toString()), 2,
        "--max-input-size: '300MB' is out of range; expected more than 0 to 256MB");
    assertOneLine(Cli.run("extract", "--max-line-length", "10", file.toString()), 2,
        "--max-line-length: expected at least 80, got 10");
    assertOneLine(Cli.run("fix", "--max-input-size", "0", file.toString()), 2,
        "--max-input-size: '0' is out of range; expected more than 0 to 256MB");
  }

  @Test
  void hundredThousandNestedDivs() throws IOException {
    Path file = dir.resolve("deep.html");
    Files.writeString(file, "<html><body>\n" + "<div>".repeat(100_000) + "Deep." + "</div>".repeat(100_000)
        + "</body></html>");
    Cli.Result r = Cli.run("check", file.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("copydesk: " + file + ": HTML elements nested more than 512 deep at line 2, column ")
        .endsWith("; the max nesting depth is 512");
  }

  @Test
  void yamlAliasBombInAPolicy() throws IOException {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String prev = "*" + (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [").append(String.join(", ", java.util.Collections.nCopies(9,
          prev))).append("]\n");
    }
    Path policy = Files.writeString(dir.resolve("copydesk.yaml"), yaml);
    Path file = Files.writeString(dir.resolve("a.txt"), ARTICLE);
    assertOneLine(Cli.run("check", "--policy", policy.toString(), file.toString()), 2,
        policy + ":2:8: YAML alias '*a' is not supported; expected the value written out");
  }

  @Test
  void deeplyNestedJsonPolicy() throws IOException {
    Path policy = Files.writeString(dir.resolve("policy.json"), "{\"rules\": " + "{\"a\": ".repeat(100_000) + "1"
        + "}".repeat(100_000) + "}");
    Path file = Files.writeString(dir.resolve("a.txt"), ARTICLE);
    Cli.Result r = Cli.run("check", "--policy", policy.toString(), file.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("copydesk: " + policy + ":1:")
        .endsWith("nested more than 32 levels deep; expected a policy");
  }

  @Test
  void deeplyNestedCmsJson() throws IOException {
    Path file = Files.writeString(dir.resolve("cms.json"), "{\"title\": \"T\", \"body\": "
        + "[".repeat(100_000) + "]".repeat(100_000) + "}");
    assertOneLine(Cli.run("check", file.toString()), 3,
        file + ": JSON nested more than 512 levels deep at line 1, column 535; the max nesting depth is 512");
  }

  @Test
  void invalidUtf8() throws IOException {
    Path file = Files.write(dir.resolve("a.txt"), new byte[] {'H', 'i', ' ', (byte) 0xC3, '(', ' ', 'x', '.'});
    assertOneLine(Cli.run("check", file.toString()), 3,
        file + ": not UTF-8 text (invalid byte sequence at offset 3; binary or another encoding)");
  }

  @Test
  void utf16WithAByteOrderMark() throws IOException {
    byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Path file = Files.write(dir.resolve("windows.txt"), bytes);
    assertOneLine(Cli.run("check", file.toString()), 3, file + ": UTF-16LE text (byte-order mark); copydesk reads "
        + "UTF-8: convert it first, e.g. iconv -f UTF-16LE -t UTF-8");
    assertOneLine(Cli.run("fix", file.toString()), 3, file + ": UTF-16LE text (byte-order mark); copydesk reads "
        + "UTF-8: convert it first, e.g. iconv -f UTF-16LE -t UTF-8");
  }

  @Test
  void nulBytes() throws IOException {
    byte[] bytes = (ARTICLE.repeat(100)).getBytes(StandardCharsets.UTF_8);
    bytes[9000] = 0;
    Path file = Files.write(dir.resolve("a.md"), bytes);
    assertOneLine(Cli.run("check", file.toString()), 3,
        file + ": binary input (NUL byte at offset 9000); expected UTF-8 text");
  }

  @Test
  void aPngNamedLikeAnArticle() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    Path file = Files.write(dir.resolve("story.html"), png);
    assertOneLine(Cli.run("check", file.toString()), 3,
        file + ": binary input (NUL byte at offset 8); expected UTF-8 text (this is a PNG image)");
    assertOneLine(Cli.run("extract", file.toString()), 3,
        file + ": binary input (NUL byte at offset 8); expected UTF-8 text (this is a PNG image)");
  }

  @Test
  void directorySymlinkLoopsAreNotFollowed() throws IOException {
    Path root = dir.resolve("articles");
    Files.createDirectories(root.resolve("sub"));
    Files.writeString(root.resolve("a.txt"), ARTICLE);
    Files.writeString(root.resolve("sub/b.txt"), ARTICLE);
    Files.createSymbolicLink(root.resolve("self"), Path.of("."));
    Files.createSymbolicLink(root.resolve("sub/up"), Path.of(".."));
    Cli.Result r = Cli.run("check", "--format", "json", root.toString());
    assertThat(r.code()).as(r.toString()).isIn(0, 1);
    assertThat(r.err()).isEmpty();
    assertThat(r.json().findValuesAsText("source")).containsExactly(root.resolve("a.txt").toString(),
        root.resolve("sub/b.txt").toString());
    // a link named on the command line is followed, once
    Cli.Result viaLink = Cli.run("check", "--format", "json", root.resolve("self").toString());
    assertThat(viaLink.json().findValuesAsText("source")).containsExactly(root.resolve("self/a.txt").toString(),
        root.resolve("self/sub/b.txt").toString());
  }

  @Test
  void aLinkInsideADirectoryToAFileOutsideItIsNotRead() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "The password is swordfish, said the admin.\n");
    Path root = dir.resolve("repo");
    Files.createDirectories(root);
    Files.writeString(root.resolve("a.txt"), ARTICLE);
    Files.createSymbolicLink(root.resolve("b.txt"), secret);
    Files.createSymbolicLink(root.resolve("c.txt"), root.resolve("a.txt")); // inside: followed
    Cli.Result r = Cli.run("check", "--format", "json", root.toString());
    assertThat(r.code()).as(r.toString()).isEqualTo(3);
    assertThat(r.out()).doesNotContain("swordfish");
    assertThat(r.json().path("reports").findValuesAsText("source")).contains(root.resolve("a.txt").toString(),
        root.resolve("c.txt").toString()).doesNotContain(root.resolve("b.txt").toString());
    assertThat(r.err()).contains("b.txt: a link to a file outside").contains("not followed");
    Cli.Result glob = Cli.run("check", "--format", "json", root + "/*.txt");
    assertThat(glob.out()).doesNotContain("swordfish");
    assertThat(glob.err()).contains("b.txt: a link to a file outside");
  }
}
