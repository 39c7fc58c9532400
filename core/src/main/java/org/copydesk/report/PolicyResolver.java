package org.copydesk.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.copydesk.internal.policy.PolicyDocument;

/**
 * Finds the policy for each input file. Discovering, it looks for {@code copydesk.yaml} (or
 * {@code .copydesk.yaml}) in the file's folder, then in each folder above it, stopping after the root of a git
 * work tree (a folder with {@code .git}) or the file system's root; the nearest file wins, and without one the
 * defaults apply. Pinned, one file governs every input. Either way the file's {@code ignore} patterns and
 * {@code overrides} are matched against the input's path relative to the policy file's folder.
 *
 * <p>Immutable in what it answers and thread-safe; folders and files are read once and remembered.
 */
public final class PolicyResolver {
  /** The names a policy file may have, in the order they are looked for. */
  public static final List<String> FILE_NAMES = List.of("copydesk.yaml", ".copydesk.yaml");

  private final PolicyDocument pinned;
  private final Predicate<String> knownRule;
  private final Path workingDir = Path.of("").toAbsolutePath();
  private final Map<Path, Optional<Path>> byFolder = new ConcurrentHashMap<>();
  private final Map<Path, PolicyDocument> documents = new ConcurrentHashMap<>();

  private PolicyResolver(PolicyDocument pinned, Predicate<String> knownRule) {
    this.pinned = pinned;
    this.knownRule = knownRule;
  }

  /**
   * The policy of an input, and whether its policy ignores it.
   *
   * @param policy the effective policy: the file's top-level settings and its matching overrides
   * @param ignored whether an {@code ignore} pattern matches the input (it is not to be audited)
   * @param policyFile the policy file used, or {@code null} when none was found (the defaults)
   */
  public record Resolution(Policy policy, boolean ignored, Path policyFile) {
    public Resolution {
      Objects.requireNonNull(policy, "policy");
    }
  }

  /** A resolver that looks for the nearest policy file above each input. */
  public static PolicyResolver discovering() {
    return new PolicyResolver(null, null);
  }

  /**
   * A resolver that uses one policy file for every input (its patterns stay relative to its own folder).
   *
   * @throws IllegalArgumentException with a one-line message when the file is missing or invalid
   */
  public static PolicyResolver pinned(Path policyFile) {
    return pinned(policyFile, null);
  }

  private static PolicyResolver pinned(Path policyFile, Predicate<String> knownRule) {
    return new PolicyResolver(PolicyDocument.load(policyFile, policyFile.toString(), knownRule), knownRule);
  }

  /**
   * A resolver like this one that also reports a rule id no rule has, at its place in the policy file, instead
   * of leaving it to {@code Copydesk.Builder#build()}.
   *
   * @throws IllegalArgumentException for a pinned file that names an unknown rule
   */
  public PolicyResolver withKnownRules(Collection<String> ruleIds) {
    Set<String> ids = Set.copyOf(ruleIds);
    if (pinned == null) {
      return new PolicyResolver(null, ids::contains);
    }
    return pinned(Path.of(pinned.name()), ids::contains);
  }

  /**
   * The policy for an input file.
   *
   * @param input the input's path; {@code null} for standard input, which gets the top-level settings of the
   *     policy found from the working folder and is never ignored
   * @throws IllegalArgumentException with a one-line message when a policy file found is invalid
   */
  public Resolution resolve(Path input) {
    PolicyDocument doc;
    Path file;
    if (pinned != null) {
      doc = pinned;
      file = Path.of(pinned.name());
    } else {
      Path folder = input == null ? workingDir : input.toAbsolutePath().normalize().getParent();
      Optional<Path> found = folder == null ? Optional.empty() : policyFileFor(folder);
      if (found.isEmpty()) {
        return new Resolution(Policy.defaults(), false, null);
      }
      file = found.get();
      doc = documents.computeIfAbsent(file, f -> PolicyDocument.load(f, display(f), knownRule));
    }
    if (input == null) {
      return new Resolution(doc.base(), false, file);
    }
    return new Resolution(doc.policyFor(input), doc.ignores(input), file);
  }

  /**
   * The policy file that governs a folder when discovering: the nearest {@code copydesk.yaml} or
   * {@code .copydesk.yaml} at or above it, up to a git work tree's root.
   *
   * @throws IllegalArgumentException when one folder has both names
   */
  public Optional<Path> policyFileFor(Path folder) {
    Path start = folder.toAbsolutePath().normalize();
    List<Path> walked = new ArrayList<>();
    Optional<Path> result = Optional.empty();
    for (Path d = start; d != null; d = d.getParent()) {
      Optional<Path> known = byFolder.get(d);
      if (known != null) {
        result = known;
        break;
      }
      walked.add(d);
      Path hit = null;
      for (String name : FILE_NAMES) {
        Path f = d.resolve(name);
        if (Files.isRegularFile(f)) {
          if (hit != null) {
            throw new IllegalArgumentException("both " + display(hit) + " and " + display(f)
                + "; expected one policy file per folder");
          }
          hit = f;
        }
      }
      if (hit != null) {
        result = Optional.of(hit);
        break;
      }
      if (Files.exists(d.resolve(".git"))) {
        break;
      }
    }
    for (Path d : walked) {
      byFolder.putIfAbsent(d, result);
    }
    return result;
  }

  /** A path as messages show it: relative to the working folder when inside it. */
  private String display(Path p) {
    return p.startsWith(workingDir) ? workingDir.relativize(p).toString() : p.toString();
  }
}
