package org.copydesk.internal.policy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.copydesk.internal.policy.YamlTree.Key;
import org.copydesk.internal.policy.YamlTree.ListNode;
import org.copydesk.internal.policy.YamlTree.MapNode;
import org.copydesk.internal.policy.YamlTree.Node;
import org.copydesk.internal.policy.YamlTree.Problem;
import org.copydesk.internal.policy.YamlTree.Scalar;
import org.copydesk.report.FailCondition;
import org.copydesk.report.Policy;
import org.copydesk.rule.Category;
import org.copydesk.rule.HouseLexicon;
import org.copydesk.rule.HousePattern;
import org.copydesk.rule.Severity;

/**
 * One policy file read and checked: its top-level settings, its {@code ignore} patterns and its
 * {@code overrides}, with the folder its patterns are relative to. Every problem is reported as
 * {@code NAME:LINE:COL: what is wrong; expected what}. Immutable and thread-safe.
 */
public final class PolicyDocument {
  /** The keys a section of settings may have (the top level and each override). */
  public static final Set<String> SETTINGS_KEYS = ordered("failOn", "warnOn", "minConfidence", "failBelow",
      "warnBelow", "points", "ruleCap", "rules", "categories", "lexicon", "patterns");
  /** The keys the top level may have. */
  public static final Set<String> TOP_KEYS = with(SETTINGS_KEYS, "ignore", "overrides");
  /** The keys an entry of {@code overrides} may have. */
  public static final Set<String> OVERRIDE_KEYS = with(Set.of(), "files", SETTINGS_KEYS.toArray(String[]::new));
  /** The keys of one rule's settings. */
  public static final Set<String> RULE_KEYS = ordered("enabled", "severity");
  /** The keys of {@code lexicon}. */
  public static final Set<String> LEXICON_KEYS = ordered("terms", "corrections");
  /** The keys of one entry of {@code patterns}. */
  public static final Set<String> PATTERN_KEYS = ordered("name", "pattern", "message", "suggest", "severity",
      "category", "ignoreCase", "wholeWord");
  /** The keys of {@code points}. */
  public static final Set<String> POINTS_KEYS = ordered(Arrays.stream(Severity.values()).map(Severity::id)
      .toArray(String[]::new));
  /** The keys of {@code categories}. */
  public static final Set<String> CATEGORY_KEYS = ordered(Arrays.stream(Category.values()).map(Category::id)
      .toArray(String[]::new));

  private static final String SEVERITIES = "info, warning or error";

  private final String name;
  private final Path folder;
  private final Policy base;
  private final List<Glob> ignore;
  private final List<Override> overrides;
  private final Map<BitSet, Policy> effective = new ConcurrentHashMap<>();

  private record Override(List<Glob> files, PolicyLayer layer) {}

  private PolicyDocument(String name, Path folder, Policy base, List<Glob> ignore, List<Override> overrides) {
    this.name = name;
    this.folder = folder;
    this.base = base;
    this.ignore = List.copyOf(ignore);
    this.overrides = List.copyOf(overrides);
  }

  /**
   * Reads a policy file.
   *
   * @param displayName how messages name the file
   * @param knownRule which rule ids exist, or {@code null} not to check them here
   * @throws IllegalArgumentException with a one-line message
   */
  public static PolicyDocument load(Path file, String displayName, Predicate<String> knownRule) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("policy " + displayName + ": no such file");
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("policy " + displayName + ": not UTF-8 text");
    } catch (IOException e) {
      throw new IllegalArgumentException("policy " + displayName + ": cannot read ("
          + e.getClass().getSimpleName() + ")");
    }
    Path abs = file.toAbsolutePath().normalize();
    return parse(text, displayName, abs.getParent(), knownRule);
  }

  /**
   * Parses policy YAML.
   *
   * @param folder what {@code ignore} and {@code overrides} patterns are relative to, or {@code null} when the
   *     text has no file (then no path matches them)
   */
  public static PolicyDocument parse(String yaml, String name, Path folder, Predicate<String> knownRule) {
    try {
      return new Reader(knownRule, name, Set.of()).document(YamlTree.read(yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml),
          name, folder);
    } catch (Problem p) {
      throw new IllegalArgumentException(name + ":" + p.pos + ": " + oneLine(p.getMessage()));
    }
  }

  /**
   * Parses policy settings (YAML or JSON) given as changes to {@code base}, as a request to the HTTP service
   * sends them: the keys of a policy file's top level without {@code ignore} and {@code overrides}, which need
   * files to apply to.
   *
   * @throws IllegalArgumentException with a one-line message ({@code NAME:LINE:COL: what; expected what})
   */
  public static Policy overlay(Policy base, String yaml, String name, Predicate<String> knownRule) {
    try {
      Node root = YamlTree.read(yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml);
      if (root == null || root instanceof Scalar s && s.value() == null) {
        return base;
      }
      Reader reader = new Reader(knownRule, name,
          base.patterns().stream().map(HousePattern::id).collect(java.util.stream.Collectors.toSet()));
      MapNode top = Reader.map(root, "policy settings (failOn, rules, ...)");
      Reader.checkKeys(top, SETTINGS_KEYS, "");
      return reader.layer(top).applyTo(base);
    } catch (Problem p) {
      throw new IllegalArgumentException(name + ":" + p.pos + ": " + oneLine(p.getMessage()));
    }
  }

  /**
   * A message that stays on one line: keys and values quoted from the file may hold line breaks (a quoted YAML key
   * {@code "a\nb"}), which are written as escapes.
   */
  private static String oneLine(String message) {
    StringBuilder sb = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\u0085', '\u2028', '\u2029' -> sb.append(String.format("\\u%04X", (int) c));
        default -> sb.append(c);
      }
    }
    // a value is echoed in the message: a very long one is cut in the middle so the message stays readable
    return sb.length() <= MAX_MESSAGE ? sb.toString()
        : sb.substring(0, MAX_MESSAGE / 2) + " … " + sb.substring(sb.length() - MAX_MESSAGE / 2);
  }

  /** The longest policy error message, in characters. */
  private static final int MAX_MESSAGE = 600;

  /** How messages name the file. */
  public String name() {
    return name;
  }

  /** The top-level settings, over the defaults. */
  public Policy base() {
    return base;
  }

  /** Whether the file has {@code ignore} patterns or {@code overrides}. */
  public boolean perFile() {
    return !ignore.isEmpty() || !overrides.isEmpty();
  }

  /** Whether a file is left out by the {@code ignore} patterns. */
  public boolean ignores(Path file) {
    String rel = relative(file);
    return rel != null && ignore.stream().anyMatch(g -> g.matches(rel));
  }

  /** The policy for a file: the top-level settings with every override whose {@code files} match, in order. */
  public Policy policyFor(Path file) {
    String rel = relative(file);
    if (rel == null || overrides.isEmpty()) {
      return base;
    }
    BitSet matched = new BitSet();
    for (int i = 0; i < overrides.size(); i++) {
      if (overrides.get(i).files().stream().anyMatch(g -> g.matches(rel))) {
        matched.set(i);
      }
    }
    if (matched.isEmpty()) {
      return base;
    }
    return effective.computeIfAbsent(matched, m -> {
      Policy p = base;
      for (int i = m.nextSetBit(0); i >= 0; i = m.nextSetBit(i + 1)) {
        p = overrides.get(i).layer().applyTo(p);
      }
      return p;
    });
  }

  /** The path of {@code file} relative to the policy's folder with {@code /}, or {@code null} if outside. */
  private String relative(Path file) {
    if (folder == null || file == null) {
      return null;
    }
    Path abs = file.toAbsolutePath().normalize();
    if (!abs.startsWith(folder) || abs.equals(folder)) {
      return null;
    }
    List<String> names = new ArrayList<>();
    folder.relativize(abs).forEach(n -> names.add(n.toString()));
    return String.join("/", names);
  }

  private static Set<String> ordered(String... keys) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(keys)));
  }

  private static Set<String> with(Set<String> first, String key, String... more) {
    LinkedHashSet<String> s = new LinkedHashSet<>(first);
    s.add(key);
    s.addAll(Arrays.asList(more));
    return Collections.unmodifiableSet(s);
  }

  /** Turns the tree into settings, checking every key and value. */
  private static final class Reader {
    private static final String CATEGORIES = "provenance, integrity, language, claims or style";
    private final Predicate<String> knownRule;
    private final String name;
    /** The ids of the patterns of the policy the text is read over (it may redefine them). */
    private final Set<String> baseHouseIds;
    /** The ids of every pattern read so far and of the base's: a {@code rules:} entry may name them. */
    private final Set<String> houseIds;
    /** The steps of every pattern this text defines, by id, the largest definition of each. */
    private final Map<String, Long> houseSizes = new LinkedHashMap<>();

    Reader(Predicate<String> knownRule, String name, Set<String> baseHouseIds) {
      this.knownRule = knownRule;
      this.name = name;
      this.baseHouseIds = Set.copyOf(baseHouseIds);
      this.houseIds = new LinkedHashSet<>(baseHouseIds);
    }

    PolicyDocument document(Node root, String name, Path folder) {
      if (root == null || root instanceof Scalar s && s.value() == null) {
        return new PolicyDocument(name, folder, Policy.defaults(), List.of(), List.of());
      }
      MapNode top = map(root, "the policy settings (failOn, rules, ...)");
      checkKeys(top, TOP_KEYS, "");
      Policy base = layer(top).applyTo(Policy.defaults());
      List<Glob> ignore = top.values().containsKey("ignore") ? globs(top.values().get("ignore"), "ignore")
          : List.of();
      List<Override> overrides = new ArrayList<>();
      Node ov = top.values().get("overrides");
      if (ov != null && !isNull(ov)) {
        for (Node item : list(ov, "a list of overrides, each with files: and settings")) {
          MapNode m = map(item, "an override: files: [globs] and the settings for them");
          checkKeys(m, OVERRIDE_KEYS, "in an override ");
          Node files = m.values().get("files");
          if (files == null) {
            throw new Problem(m.pos(), "an override without files; expected files: [globs] saying where it"
                + " applies");
          }
          List<Glob> globs = globs(files, "files");
          if (globs.isEmpty()) {
            throw new Problem(files.pos(), "an override with no files; expected at least one glob");
          }
          overrides.add(new Override(globs, layer(m)));
        }
      }
      return new PolicyDocument(name, folder, base, ignore, overrides);
    }

    private PolicyLayer layer(MapNode m) {
      Map<String, Node> v = m.values();
      List<FailCondition> failOn = v.containsKey("failOn") ? failOn(v.get("failOn")) : null;
      Severity warnOn = v.containsKey("warnOn") ? severity(v.get("warnOn")) : null;
      Double minConfidence = v.containsKey("minConfidence")
          ? number(v.get("minConfidence"), 0, 1, "a number from 0 to 1", false) : null;
      Integer failBelow = v.containsKey("failBelow") ? integer(v.get("failBelow")) : null;
      Integer warnBelow = v.containsKey("warnBelow") ? integer(v.get("warnBelow")) : null;
      Double ruleCap = v.containsKey("ruleCap")
          ? number(v.get("ruleCap"), 0, Double.MAX_VALUE, "a positive number of points", true) : null;
      Map<Severity, Double> points = null;
      if (v.containsKey("points") && !isNull(v.get("points"))) {
        MapNode p = map(v.get("points"), "points per severity, e.g. error: 25");
        checkKeys(p, POINTS_KEYS, "in points ");
        points = new EnumMap<>(Severity.class);
        for (String k : p.values().keySet()) {
          points.put(Severity.parse(k), number(p.values().get(k), 0, 1000, "a number of points from 0 to 1000",
              false));
        }
      }
      Map<Category, Double> categories = null;
      if (v.containsKey("categories") && !isNull(v.get("categories"))) {
        MapNode c = map(v.get("categories"), "a weight per category, e.g. claims: 2");
        checkKeys(c, CATEGORY_KEYS, "in categories ");
        categories = new EnumMap<>(Category.class);
        for (String k : c.values().keySet()) {
          categories.put(Category.valueOf(k.toUpperCase(Locale.ROOT)), number(c.values().get(k), 0,
              Policy.MAX_WEIGHT, "a weight from 0 to " + (int) Policy.MAX_WEIGHT + " (1 is the default)", false));
        }
      }
      // before rules:, which may name them
      List<HousePattern> patterns = v.containsKey("patterns") ? patterns(v.get("patterns")) : null;
      Map<String, PolicyLayer.RuleLayer> rules = null;
      if (v.containsKey("rules") && !isNull(v.get("rules"))) {
        MapNode r = map(v.get("rules"), "settings per rule id, e.g. language.misspelling: {enabled: false}");
        rules = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : r.values().entrySet()) {
          Key key = r.keys().get(e.getKey());
          if (knownRule != null && !knownRule.test(e.getKey()) && !houseIds.contains(e.getKey())) {
            throw new Problem(key.pos(), "unknown rule '" + e.getKey() + "'; expected a rule id listed by"
                + " 'copydesk rules'");
          }
          rules.put(e.getKey(), rule(e.getValue()));
        }
      }
      HouseLexicon lexicon = v.containsKey("lexicon") ? lexicon(v.get("lexicon")) : null;
      return new PolicyLayer(failOn, warnOn, minConfidence, failBelow, warnBelow, points, ruleCap, rules,
          categories, lexicon, patterns);
    }

    private List<HousePattern> patterns(Node n) {
      if (isNull(n)) {
        return List.of();
      }
      List<HousePattern> out = new ArrayList<>();
      Map<String, YamlTree.Pos> names = new LinkedHashMap<>();
      for (Node item : list(n, "a list of patterns, each with name:, pattern: and message:")) {
        MapNode m = map(item, "a pattern: name:, pattern:, message: and optionally suggest:, severity:, category:,"
            + " ignoreCase:, wholeWord:");
        checkKeys(m, PATTERN_KEYS, "in a pattern ");
        for (String required : List.of("name", "pattern", "message")) {
          if (isNull(m.values().getOrDefault(required, new Scalar(m.pos(), null, "")))) {
            Node at = m.values().get(required);
            throw new Problem(at == null ? m.pos() : at.pos(), "a pattern without " + required + "; expected name:,"
                + " pattern: and message:");
          }
        }
        Node nameNode = m.values().get("name");
        String id = text(nameNode, "a name such as said-not-stated");
        located(nameNode, () -> HousePattern.checkName(id));
        if (names.containsKey(id)) {
          throw new Problem(nameNode.pos(), "a second pattern named '" + id + "' (first at " + names.get(id)
              + "); expected each name once");
        }
        names.put(id, nameNode.pos());
        Node re = m.values().get("pattern");
        String regex = text(re, "a regular expression in RE2 syntax");
        HousePattern.Builder b = located(re, () -> HousePattern.builder(id, regex));
        Node msg = m.values().get("message");
        String message = text(msg, "a message saying what is wrong ({match} stands for the matched text)");
        located(msg, () -> b.message(message));
        Node sug = m.values().get("suggest");
        if (sug != null && !isNull(sug)) {
          String replacement = text(sug, "the replacement to suggest, as text ($1 for a group)");
          located(sug, () -> b.suggestion(replacement));
        }
        if (m.values().containsKey("severity")) {
          b.severity(severity(m.values().get("severity")));
        }
        Node cat = m.values().get("category");
        if (cat != null) {
          String c = text(cat, CATEGORIES);
          if (!CATEGORY_KEYS.contains(c)) {
            throw new Problem(cat.pos(), "unknown category '" + c + "'; expected " + CATEGORIES);
          }
          b.category(Category.valueOf(c.toUpperCase(Locale.ROOT)));
        }
        if (m.values().containsKey("ignoreCase")) {
          b.ignoreCase(bool(m.values().get("ignoreCase")));
        }
        if (m.values().containsKey("wholeWord")) {
          b.wholeWord(bool(m.values().get("wholeWord")));
        }
        HousePattern hp = b.origin(name + ":" + m.pos()).build();
        if (knownRule != null && knownRule.test(hp.id()) && !baseHouseIds.contains(hp.id())) {
          throw new Problem(nameNode.pos(), "the pattern's rule id " + hp.id() + " is taken by a built-in rule;"
              + " expected another name");
        }
        houseSizes.merge(hp.id(), hp.size(), Math::max);
        long total = houseSizes.values().stream().mapToLong(Long::longValue).sum();
        if (total > HousePattern.MAX_TOTAL_SIZE) {
          throw new Problem(re.pos(), "house patterns of " + total + " steps in all with this one; expected at most "
              + HousePattern.MAX_TOTAL_SIZE + " (fewer or smaller patterns, smaller counted repetitions)");
        }
        if (houseIds.add(hp.id()) && houseIds.size() > HousePattern.MAX_PATTERNS) {
          throw new Problem(m.pos(), "more than " + HousePattern.MAX_PATTERNS + " patterns; expected at most "
              + HousePattern.MAX_PATTERNS + " (join related ones with |)");
        }
        out.add(hp);
      }
      return out;
    }

    /** Runs a check of a value, turning its {@code IllegalArgumentException} into a problem at the value. */
    private static <T> T located(Node n, java.util.function.Supplier<T> check) {
      try {
        return check.get();
      } catch (IllegalArgumentException e) {
        throw new Problem(n.pos(), e.getMessage());
      }
    }

    private static boolean bool(Node n) {
      if (!(n instanceof Scalar s && s.value() instanceof Boolean b)) {
        throw new Problem(n.pos(), n.kind() + "; expected true or false");
      }
      return b;
    }

    private PolicyLayer.RuleLayer rule(Node n) {
      if (isNull(n)) {
        return new PolicyLayer.RuleLayer(null, null);
      }
      MapNode m = map(n, "enabled: and/or severity:");
      checkKeys(m, RULE_KEYS, "in a rule's settings ");
      Boolean enabled = null;
      if (m.values().containsKey("enabled")) {
        enabled = bool(m.values().get("enabled"));
      }
      Severity severity = m.values().containsKey("severity") ? severity(m.values().get("severity")) : null;
      return new PolicyLayer.RuleLayer(enabled, severity);
    }

    private HouseLexicon lexicon(Node n) {
      if (isNull(n)) {
        return HouseLexicon.empty();
      }
      MapNode m = map(n, "terms: [...] and/or corrections: {wrong: right}");
      checkKeys(m, LEXICON_KEYS, "in lexicon ");
      List<String> terms = new ArrayList<>();
      Node t = m.values().get("terms");
      if (t != null && !isNull(t)) {
        for (Node item : list(t, "a list of names and terms that are always right")) {
          terms.add(text(item, "a name or term"));
        }
      }
      Map<String, String> corrections = new LinkedHashMap<>();
      Node c = m.values().get("corrections");
      if (c != null && !isNull(c)) {
        MapNode cm = map(c, "wrong form: house form pairs, e.g. e-mail: email");
        for (Map.Entry<String, Node> e : cm.values().entrySet()) {
          Key key = cm.keys().get(e.getKey());
          if (e.getKey().isBlank()) {
            throw new Problem(key.pos(), "a blank wrong form; expected a word or phrase");
          }
          String right = text(e.getValue(), "the house form of '" + e.getKey() + "'");
          if (right.strip().replaceAll("\\s+", " ").equals(e.getKey().strip().replaceAll("\\s+", " "))) {
            throw new Problem(e.getValue().pos(), "'" + e.getKey() + "' is corrected to itself; expected another"
                + " form");
          }
          corrections.put(e.getKey(), right);
        }
      }
      return HouseLexicon.of(terms, corrections);
    }

    private List<FailCondition> failOn(Node n) {
      if (n instanceof ListNode l) {
        List<FailCondition> all = new ArrayList<>();
        boolean never = false;
        for (Node item : l.items()) {
          List<FailCondition> one = failOnText(item);
          never |= one.isEmpty();
          if (never && l.items().size() > 1) {
            throw new Problem(item.pos(), "'never' in a list with other conditions; expected never alone, or a"
                + " list of conditions");
          }
          one.stream().filter(c -> !all.contains(c)).forEach(all::add);
        }
        return List.copyOf(all);
      }
      return failOnText(n);
    }

    private List<FailCondition> failOnText(Node n) {
      String s = text(n, FailCondition.EXPECTED);
      try {
        return FailCondition.parse(s);
      } catch (IllegalArgumentException e) {
        throw new Problem(n.pos(), e.getMessage());
      }
    }

    private Severity severity(Node n) {
      String s = text(n, SEVERITIES);
      try {
        return Severity.parse(s);
      } catch (IllegalArgumentException e) {
        throw new Problem(n.pos(), "unknown severity '" + s + "'; expected " + SEVERITIES);
      }
    }

    private static double number(Node n, double min, double max, String expected, boolean exclusiveMin) {
      if (!(n instanceof Scalar s && s.value() instanceof Number num)) {
        throw new Problem(n.pos(), n.kind() + "; expected " + expected);
      }
      double d = num.doubleValue();
      if (!(exclusiveMin ? d > min : d >= min) || d > max || !Double.isFinite(d)) {
        throw new Problem(n.pos(), s.text() + " is out of range; expected " + expected);
      }
      return d;
    }

    private static int integer(Node n) {
      String expected = "a whole score from 0 to 100";
      if (!(n instanceof Scalar s && s.value() instanceof Long l)) {
        throw new Problem(n.pos(), n.kind() + "; expected " + expected);
      }
      if (l < 0 || l > 100) {
        throw new Problem(n.pos(), l + " is out of range; expected " + expected);
      }
      return l.intValue();
    }

    private static String text(Node n, String expected) {
      if (!(n instanceof Scalar s && s.value() instanceof String str) || str.isBlank()) {
        throw new Problem(n.pos(), n.kind() + "; expected " + expected);
      }
      return str;
    }

    private static List<Glob> globs(Node n, String key) {
      if (isNull(n)) {
        return List.of();
      }
      List<Node> items = n instanceof ListNode l ? l.items() : List.of(n);
      List<Glob> out = new ArrayList<>();
      for (Node item : items) {
        String g = text(item, "a glob (or a list of globs) relative to the policy's folder");
        try {
          out.add(Glob.of(g));
        } catch (IllegalArgumentException e) {
          throw new Problem(item.pos(), "bad " + key + " pattern: " + e.getMessage());
        }
      }
      return out;
    }

    private static MapNode map(Node n, String expected) {
      if (n instanceof MapNode m) {
        return m;
      }
      throw new Problem(n.pos(), n.kind() + "; expected " + expected);
    }

    private static List<Node> list(Node n, String expected) {
      if (n instanceof ListNode l) {
        return l.items();
      }
      throw new Problem(n.pos(), n.kind() + "; expected " + expected);
    }

    private static boolean isNull(Node n) {
      return n instanceof Scalar s && s.value() == null;
    }

    private static void checkKeys(MapNode m, Set<String> allowed, String where) {
      for (Key k : m.keys().values()) {
        if (!allowed.contains(k.name())) {
          String hint = closest(k.name(), allowed);
          String what = ("unknown key '" + k.name() + "' " + where
              + (hint == null ? "" : "(did you mean '" + hint + "'?)")).strip();
          throw new Problem(k.pos(), what + "; expected one of " + String.join(", ", allowed));
        }
      }
    }

    /** The allowed key nearest to a typo, if it is close (two edits or a case difference). */
    private static String closest(String key, Set<String> allowed) {
      String best = null;
      int bestD = 3;
      for (String a : allowed) {
        int d = a.equalsIgnoreCase(key) ? 0 : distance(a.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT));
        if (d < bestD) {
          best = a;
          bestD = d;
        }
      }
      return best;
    }

    private static int distance(String a, String b) {
      int[] prev = new int[b.length() + 1];
      int[] cur = new int[b.length() + 1];
      for (int j = 0; j <= b.length(); j++) {
        prev[j] = j;
      }
      for (int i = 1; i <= a.length(); i++) {
        cur[0] = i;
        for (int j = 1; j <= b.length(); j++) {
          cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1),
              prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        }
        int[] t = prev;
        prev = cur;
        cur = t;
      }
      return prev[b.length()];
    }
  }
}
