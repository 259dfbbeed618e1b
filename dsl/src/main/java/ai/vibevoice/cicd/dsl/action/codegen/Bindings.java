package ai.vibevoice.cicd.dsl.action.codegen;

import ai.vibevoice.cicd.dsl.action.ActionBuilder;
import ai.vibevoice.cicd.dsl.manifest.ActionManifest;
import ai.vibevoice.cicd.dsl.manifest.ManifestException;
import ai.vibevoice.cicd.dsl.manifest.json.ManifestJson;
import ai.vibevoice.cicd.dsl.util.AtomicWrite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads every manifest of a repository and generates every binding, in file-name order. */
public final class Bindings {
  private Bindings() {}

  /** Manifests by their path from the repository root, sorted. */
  public static Map<String, ActionManifest> manifests(Path root) throws IOException {
    Path dir = root.resolve(BindingGenerator.MANIFEST_DIR);
    Map<String, ActionManifest> out = new LinkedHashMap<>();
    if (!Files.isDirectory(dir)) return out;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      out.put(BindingGenerator.MANIFEST_DIR + "/" + f.getFileName(), ManifestJson.read(f));
    }
    return out;
  }

  /**
   * One binding: the manifest file it comes from, its source file's path from the repository root,
   * its text.
   */
  public record Binding(String manifestFile, String path, String source) {}

  /** The bindings of the manifests, in their order, each generated afresh. */
  public static List<Binding> sources(Map<String, ActionManifest> manifests) {
    return sources(manifests, null, null);
  }

  /**
   * The bindings of the manifests, reusing earlier output from {@code cacheDir} (null: none) for
   * manifests read from the files under {@code root}. An entry is keyed by a hash of the
   * generator's own class files, JavaPoet's and the manifest file, so it is exactly what the
   * generator would write on this machine; JavaPoet is the slowest part of a cold generate run. The
   * committed files carry no trace of the cache.
   */
  public static List<Binding> sources(
      Map<String, ActionManifest> manifests, Path root, Path cacheDir) {
    Map<String, Binding> out = new LinkedHashMap<>();
    manifests.forEach(
        (file, m) -> {
          String path = BindingGenerator.SOURCE_DIR + "/" + m.className() + ".java";
          Path entry =
              cacheDir == null
                  ? null
                  : key(root, file).map(k -> cacheDir.resolve(k + ".java")).orElse(null);
          String source = entry == null ? null : cached(entry);
          if (source == null) {
            source = BindingGenerator.generate(m, file);
            if (entry != null) store(entry, source);
          }
          if (out.put(path, new Binding(file, path, source)) != null) {
            throw new ManifestException(
                file + ": $.class: '" + m.className() + "' is used by another manifest");
          }
        });
    return List.copyOf(out.values());
  }

  private static String cached(Path entry) {
    try {
      return Files.readString(entry, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  /** Best effort: a cache that cannot be written only costs time. */
  private static void store(Path entry, String source) {
    try {
      AtomicWrite.write(entry, source);
    } catch (IOException | RuntimeException e) {
      // ignored on purpose
    }
  }

  /** The cache key of a manifest file, or empty when it cannot be read (then nothing is cached). */
  private static Optional<String> key(Path root, String manifestFile) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(root.resolve(manifestFile));
    } catch (IOException e) {
      return Optional.empty();
    }
    MessageDigest sha = sha256();
    sha.update(GENERATOR);
    sha.update(manifestFile.getBytes(StandardCharsets.UTF_8));
    sha.update(bytes);
    return Optional.of(HexFormat.of().formatHex(sha.digest()));
  }

  /**
   * Hash of the code that shapes a binding: the generator, the manifest model, JavaPoet, and
   * ActionBuilder (whose method names the generator reserves).
   */
  private static final byte[] GENERATOR = generatorHash();

  private static byte[] generatorHash() {
    MessageDigest sha = sha256();
    for (Class<?> c :
        List.of(
            BindingGenerator.class,
            ActionManifest.class,
            ActionBuilder.class,
            com.palantir.javapoet.JavaFile.class)) {
      try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
        if (in == null)
          throw new IllegalStateException("cannot read the class file of " + c.getName());
        sha.update(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sha.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
