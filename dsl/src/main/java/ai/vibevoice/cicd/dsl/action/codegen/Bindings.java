package ai.vibevoice.cicd.dsl.action.codegen;

import ai.vibevoice.cicd.dsl.action.ActionManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
      out.put(BindingGenerator.MANIFEST_DIR + "/" + f.getFileName(), ActionManifest.read(f));
    }
    return out;
  }

  /** Binding sources by their path from the repository root. */
  public static Map<String, String> sources(Map<String, ActionManifest> manifests) {
    Map<String, String> out = new LinkedHashMap<>();
    manifests.forEach((file, m) -> {
      String path = BindingGenerator.SOURCE_DIR + "/" + m.className() + ".java";
      if (out.put(path, BindingGenerator.generate(m, file)) != null) {
        throw new ActionManifest.ManifestException(file + ": $.class: '" + m.className() + "' is used by another manifest");
      }
    });
    return out;
  }
}
