package org.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.copydesk.rule.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyResolverTest {
  @TempDir Path dir;
  private Path repo;

  @BeforeEach
  void repo() throws IOException {
    repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(repo.resolve("news/politics"));
    Files.createDirectories(repo.resolve("opinion"));
  }

  private Path write(String rel, String text) throws IOException {
    Path p = repo.resolve(rel);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  @Test
  void theNearestFileAboveAnInputWins() throws IOException {
    Path top = write("copydesk.yaml", "failOn: warning\n");
    Path news = write("news/.copydesk.yaml", "failOn: never\n");
    PolicyResolver r = PolicyResolver.discovering();

    PolicyResolver.Resolution a = r.resolve(repo.resolve("news/politics/a.md"));
    assertThat(a.policyFile()).isEqualTo(news);
    assertThat(a.policy().neverFails()).isTrue();
    assertThat(a.ignored()).isFalse();

    PolicyResolver.Resolution b = r.resolve(repo.resolve("opinion/b.md"));
    assertThat(b.policyFile()).isEqualTo(top);
    assertThat(b.policy().failOn()).containsExactly(new FailCondition.AtLeast(Severity.WARNING));
    assertThat(r.policyFileFor(repo.resolve("opinion"))).contains(top);
  }

  @Test
  void theSearchStopsAtTheGitRoot() throws IOException {
    Files.writeString(dir.resolve("copydesk.yaml"), "failOn: never\n"); // above the work tree: not used
    PolicyResolver.Resolution r = PolicyResolver.discovering().resolve(repo.resolve("news/a.md"));
    assertThat(r.policyFile()).isNull();
    assertThat(r.policy()).isEqualTo(Policy.defaults());
  }

  @Test
  void withoutAGitRootItGoesUpFurther() throws IOException {
    Path plain = Files.createDirectories(dir.resolve("plain/a/b"));
    Path found = Files.writeString(dir.resolve("copydesk.yaml"), "warnOn: info\n");
    PolicyResolver.Resolution r = PolicyResolver.discovering().resolve(plain.resolve("x.md"));
    assertThat(r.policyFile()).isEqualTo(found);
    assertThat(r.policy().warnOn()).isEqualTo(Severity.INFO);
  }

  @Test
  void overridesAndIgnoreAreRelativeToThePolicysFolder() throws IOException {
    write("copydesk.yaml", "ignore: [drafts]\noverrides:\n  - files: opinion/**\n    failOn: never\n");
    PolicyResolver r = PolicyResolver.discovering();
    assertThat(r.resolve(repo.resolve("opinion/a.md")).policy().neverFails()).isTrue();
    assertThat(r.resolve(repo.resolve("news/a.md")).policy().neverFails()).isFalse();
    assertThat(r.resolve(repo.resolve("news/drafts/a.md")).ignored()).isTrue();
    assertThat(r.resolve(null).ignored()).as("standard input").isFalse();
  }

  @Test
  void aPinnedFileGovernsEveryInputWithItsOwnFolderForPatterns() throws IOException {
    write("news/copydesk.yaml", "failOn: never\n"); // would be found; pinned wins
    Path pinned = Files.writeString(dir.resolve("policy.yaml"),
        "overrides:\n  - files: repo/opinion/*\n    warnOn: error\n");
    PolicyResolver r = PolicyResolver.pinned(pinned);
    PolicyResolver.Resolution news = r.resolve(repo.resolve("news/a.md"));
    assertThat(news.policyFile()).isEqualTo(pinned);
    assertThat(news.policy()).isEqualTo(Policy.defaults());
    assertThat(r.resolve(repo.resolve("opinion/a.md")).policy().warnOn()).isEqualTo(Severity.ERROR);
  }

  @Test
  void bothNamesInOneFolderIsAnError() throws IOException {
    write("copydesk.yaml", "");
    write(".copydesk.yaml", "");
    assertThatThrownBy(() -> PolicyResolver.discovering().resolve(repo.resolve("a.md")))
        .hasMessageContaining("copydesk.yaml").hasMessageContaining(".copydesk.yaml")
        .hasMessageEndingWith("; expected one policy file per folder");
  }

  @Test
  void invalidDiscoveredFilesAndUnknownRulesAreErrors() throws IOException {
    write("news/copydesk.yaml", "rules:\n  claims.nope: {enabled: false}\n");
    Path input = repo.resolve("news/a.md");
    assertThat(PolicyResolver.discovering().resolve(input).policy().enabled("claims.nope")).isFalse();
    assertThatThrownBy(() -> PolicyResolver.discovering().withKnownRules(List.of("claims.yes")).resolve(input))
        .hasMessageEndingWith("copydesk.yaml:2:3: unknown rule 'claims.nope'; expected a rule id listed by"
            + " 'copydesk rules'");
    Path pinned = Files.writeString(dir.resolve("p.yaml"), "rules:\n  claims.nope: {}\n");
    assertThatThrownBy(() -> PolicyResolver.pinned(pinned).withKnownRules(List.of("claims.yes")))
        .hasMessageStartingWith(pinned + ":2:3: unknown rule");
    assertThatThrownBy(() -> PolicyResolver.pinned(dir.resolve("missing.yaml")))
        .hasMessageContaining("no such file");
  }
}
