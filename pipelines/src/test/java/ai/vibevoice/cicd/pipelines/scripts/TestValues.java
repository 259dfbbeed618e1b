package ai.vibevoice.cicd.pipelines.scripts;

/**
 * Values the script tests give to expressions: digests of the right shape, a commit, image names.
 */
final class TestValues {
  private TestValues() {}

  static final String REPOSITORY = "acme/voice";
  static final String COMMIT = "4f2a9c0d1e3b5a7c9e0f1a2b3c4d5e6f7a8b9c0d";

  /** Platform images of one service (amd64 sorts before arm64 by their hex). */
  static final String AMD64_DIGEST = digest("1a");

  static final String ARM64_DIGEST = digest("9b");

  /** Manifest lists (what the merge jobs publish). */
  static final String TTS_DIGEST = digest("3c");

  static final String AGENT_DIGEST = digest("7d");
  static final String OTHER_DIGEST = digest("e5");

  /** {@code sha256:} and 64 hex digits starting with {@code prefix}. */
  static String digest(String prefix) {
    StringBuilder hex = new StringBuilder(prefix);
    String fill = "0123456789abcdef";
    for (int i = 0; hex.length() < 64; i++) {
      hex.append(fill.charAt(i % fill.length()));
    }
    return "sha256:" + hex;
  }

  /** The 64 hex digits of a digest. */
  static String hex(String digest) {
    return digest.substring("sha256:".length());
  }

  /** {@code ghcr.io/acme/voice/<service>-service}. */
  static String image(String service) {
    return "ghcr.io/" + REPOSITORY + "/" + service + "-service";
  }

  /**
   * What {@code docker buildx imagetools inspect --format '{{json .Manifest}}'} prints for a
   * manifest list.
   */
  static String manifestJson(String digest) {
    return """
        {"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","digest":"%s","size":1609,\
        "manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%s","size":2054,\
        "platform":{"architecture":"amd64","os":"linux"}}]}"""
        .formatted(digest, AMD64_DIGEST);
  }
}
