package ai.vibevoice.cicd.pipelines.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.vibevoice.cicd.pipelines.CiSecurityDeps;
import ai.vibevoice.cicd.pipelines.Platform;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "pip-audit (JSON report)" step of ci-security-deps.yml with {@code uvx} stubbed: it audits
 * the exported lock with hashes, counts the vulnerabilities of the report in the job summary (a
 * dependency pip-audit skipped has no {@code vulns} key and counts none), names the git
 * dependencies it leaves out, and fails when the report is missing (pip-audit refused the
 * requirements) or unreadable.
 */
class DependencyAuditScriptTest {
  @TempDir Path tmp;

  static final String NOT_AUDITED =
      "Not audited by pip-audit (git dependencies, no hashes): vibevoice\n";

  static final String REPORT =
      """
      {"dependencies":[
        {"name":"requests","version":"2.31.0","vulns":[{"id":"GHSA-9wx4-h78v-vm56","fix_versions":["2.32.0"],"aliases":["CVE-2024-35195"],"description":"..."}]},
        {"name":"voice-plugins","skip_reason":"Dependency not found on PyPI and could not be audited: voice-plugins (0.3.0)"},
        {"name":"jinja2","version":"3.1.3","vulns":[{"id":"GHSA-h75v-3vvj-5mfj","fix_versions":["3.1.4"],"aliases":["CVE-2024-34064"],"description":"..."}]},
        {"name":"six","version":"1.16.0","vulns":[]}],
       "fixes":[]}""";

  /** pip-audit writing {@code report} to its --output and exiting as it does with findings (1). */
  private static ScriptRun.Builder audit(String report, int exit) {
    return ScriptRun.of(PipelineStep.find(new CiSecurityDeps(), "audit", "pip-audit (JSON report)"))
        .file("security-reports/requirements.lock.txt", "requests==2.31.0 --hash=sha256:00\n")
        .stub(
            Stub.command("uvx")
                .on(
                    "* pip-audit@*",
                    Answer.script("cp \"$STUB_DATA\" \"$(option --output)\"")
                        .data(report)
                        .exit(exit)));
  }

  @Test
  void the_summary_counts_the_vulnerabilities_and_not_the_skipped_dependency() {
    ScriptRun.Result run = audit(REPORT, 1).run(tmp).assertSucceeded();
    assertEquals(
        List.of(
            List.of(
                "--python",
                Platform.PYTHON_VERSION,
                "pip-audit@" + Platform.PIP_AUDIT_VERSION,
                "--requirement",
                "security-reports/requirements.lock.txt",
                "--require-hashes",
                "--disable-pip",
                "--format",
                "json",
                "--output",
                "security-reports/pip-audit.json")),
        run.calls("uvx"));
    assertEquals(
        "pip-audit: 2 known vulnerabilities (exit 1); the gate is Trivy's severity check below\n"
            + NOT_AUDITED,
        run.summary());
  }

  @Test
  void a_clean_report_counts_none() {
    ScriptRun.Result run =
        audit(
                "{\"dependencies\":[{\"name\":\"six\",\"version\":\"1.16.0\",\"vulns\":[]}],\"fixes\":[]}",
                0)
            .run(tmp)
            .assertSucceeded();
    assertEquals(
        "pip-audit: 0 known vulnerabilities (exit 0); the gate is Trivy's severity check below\n"
            + NOT_AUDITED,
        run.summary());
  }

  @Test
  void an_unreadable_report_fails_the_step() {
    ScriptRun.Result run = audit("{\"dependencies\":[{\"name\":", 1).run(tmp).assertFailed();
    run.assertStderrContains("parse error");
    assertEquals("", run.summary());
  }

  @Test
  void no_report_at_all_fails_the_step_with_pip_audits_exit() {
    ScriptRun.Result run =
        ScriptRun.of(PipelineStep.find(new CiSecurityDeps(), "audit", "pip-audit (JSON report)"))
            .file("security-reports/requirements.lock.txt", "")
            .stub(
                Stub.command("uvx")
                    .otherwise(
                        Answer.fails(
                            2, "error: Failed to fetch: `https://pypi.org/simple/pip-audit/`")))
            .run(tmp)
            .assertFailed();
    assertEquals(
        "::error::pip-audit wrote no report (exit 2): it could not audit the exported requirements\n",
        run.stdout());
    assertEquals("", run.summary());
  }
}
