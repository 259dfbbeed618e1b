package ai.vibevoice.cicd.generate;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Benchmark (not a test): validates and renders every generated file in-process, after warm-up, and
 * prints the median and 90th percentile. Run it as docs/benchmarks.md says.
 */
public final class GenerateBenchmark {
  private GenerateBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    int warmup = 200;
    int runs = 500;
    for (int i = 0; i < warmup; i++) GeneratedFiles.all(root);
    long[] nanos = new long[runs];
    int files = 0;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      files = GeneratedFiles.all(root).size();
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "validate + render %d files (manifests read from disk): median %.2f ms, p90 %.2f ms, max %.2f ms over %d runs%n",
        files, nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[runs - 1] / 1e6, runs);
  }
}
