package ai.vibevoice.cicd.helper;

import java.util.concurrent.ThreadFactory;

/** Threads for background work, which must never keep the JVM alive once the command is done. */
public final class DaemonThreads {
  private DaemonThreads() {}

  /** A factory of daemon threads, each named {@code name}. */
  public static ThreadFactory named(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
