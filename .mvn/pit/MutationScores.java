import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints PIT's mutation score per package from mutations.xml and fails (exit 1) when a package is
 * below its threshold. Run by the `mutation` profile (pom.xml) after PIT, as a single-file program:
 * {@code java MutationScores.java target/pit-reports/mutations.xml pkg=90,other.pkg=85}. A threshold
 * applies to the package and its subpackages. The score is PIT's: detected mutants (killed, timed
 * out, memory or run error) over all mutants, the uncovered ones included.
 */
public final class MutationScores {
  private static final Pattern MUTATION = Pattern.compile("<mutation\\b[^>]*\\bdetected='?\"?(true|false)[\\s\\S]*?</mutation>");
  private static final Pattern CLASS = Pattern.compile("<mutatedClass>([^<]+)</mutatedClass>");

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: MutationScores mutations.xml [package=percent,...]");
      System.exit(2);
    }
    String xml = Files.readString(Path.of(args[0]));
    Map<String, int[]> byPackage = new TreeMap<>();
    Matcher m = MUTATION.matcher(xml);
    int total = 0;
    int detected = 0;
    while (m.find()) {
      Matcher c = CLASS.matcher(m.group());
      if (!c.find()) continue;
      String cls = c.group(1);
      String pkg = cls.substring(0, Math.max(0, cls.lastIndexOf('.')));
      int[] counts = byPackage.computeIfAbsent(pkg, k -> new int[2]);
      boolean killed = m.group(1).equals("true");
      counts[0] += killed ? 1 : 0;
      counts[1]++;
      detected += killed ? 1 : 0;
      total++;
    }
    System.out.printf("%-45s %9s %7s%n", "package", "detected", "score");
    byPackage.forEach((p, c) -> System.out.printf("%-45s %4d/%-4d %6.1f %%%n", p, c[0], c[1], 100.0 * c[0] / c[1]));
    System.out.printf("%-45s %4d/%-4d %6.1f %%%n", "overall", detected, total, total == 0 ? 0 : 100.0 * detected / total);

    boolean failed = false;
    String spec = args.length > 1 ? args[1].trim() : "";
    for (String entry : spec.isEmpty() ? new String[0] : spec.split(",")) {
      String[] kv = entry.trim().split("=");
      String pkg = kv[0].trim();
      int threshold = Integer.parseInt(kv[1].trim());
      int d = 0;
      int t = 0;
      for (Map.Entry<String, int[]> e : byPackage.entrySet()) {
        if (e.getKey().equals(pkg) || e.getKey().startsWith(pkg + ".")) {
          d += e.getValue()[0];
          t += e.getValue()[1];
        }
      }
      if (t == 0) {
        System.err.println("mutation threshold for " + pkg + ": PIT made no mutants there");
        failed = true;
        continue;
      }
      int score = (int) Math.floor(100.0 * d / t);
      if (score < threshold) {
        System.err.printf("mutation score of %s is %d %% (%d/%d), below its threshold of %d %%%n", pkg, score, d, t, threshold);
        failed = true;
      }
    }
    System.exit(failed ? 1 : 0);
  }
}
