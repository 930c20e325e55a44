package dev.planetl.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduler files under jobs/ act on planetl's exit codes: retry on 3 only. */
class SchedulerFilesIT {

    @TempDir
    Path tmp;

    @Test
    void nightlyRetriesWhileTheWarehouseIsBusyAndPassesOtherCodesOn() throws Exception {
        // a planetl that answers 3, 3, then 1
        assertThat(nightly(List.of(3, 3, 1), "6")).containsExactly(1, 3);
        // one that stays busy: given up after the retries, 3 passed on
        assertThat(nightly(List.of(3, 3, 3, 3), "2")).containsExactly(3, 3);
        // a failed job is not retried
        assertThat(nightly(List.of(2, 0), "6")).containsExactly(2, 1);
    }

    @Test
    void systemdRestartsOnBusyOnly() throws Exception {
        String service = Files.readString(Path.of("jobs/systemd/planetl-ingest.service"), StandardCharsets.UTF_8);
        assertThat(service).contains("Restart=on-failure");
        String prevent = service.lines().filter(l -> l.startsWith("RestartPreventExitStatus=")).findFirst()
                .orElseThrow().substring("RestartPreventExitStatus=".length());
        assertThat(Arrays.stream(prevent.trim().split("\\s+")).map(Integer::parseInt).toList())
                .containsExactlyInAnyOrder(ExitCode.DOCUMENTS_NEED_ATTENTION, ExitCode.FAILED, ExitCode.USAGE);
        assertThat(Files.readString(Path.of("jobs/systemd/planetl-ingest.timer"), StandardCharsets.UTF_8))
                .contains("OnCalendar=");
    }

    @Test
    void kubernetesFailsTheJobOnAllButBusy() throws Exception {
        String cronJob = Files.readString(Path.of("jobs/kubernetes/planetl-ingest-cronjob.yaml"),
                StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(cronJob).contains("kind: CronJob").contains("restartPolicy: Never")
                .contains("- action: FailJob onExitCodes: containerName: ingest operator: In values: [1, 2, 64]")
                .contains("- action: Count onExitCodes: containerName: ingest operator: In values: [3]")
                .contains("secretKeyRef: {name: planetl-db, key: password}");
        assertThat(Files.readString(Path.of("jobs/cron/planetl.cron"), StandardCharsets.UTF_8))
                .contains("nightly.sh");
    }

    @Test
    @SuppressWarnings("unchecked")
    void kubernetesWorkersAreAnIndexedJobThatRetriesAFailedWorkerOnly() throws Exception {
        String file = Files.readString(Path.of("jobs/kubernetes/planetl-workers-cronjob.yaml"), StandardCharsets.UTF_8);
        Map<String, Object> cronJob = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                new org.yaml.snakeyaml.LoaderOptions())).load(file);
        assertThat(cronJob).containsEntry("kind", "CronJob");
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) cronJob
                .get("spec")).get("jobTemplate")).get("spec");
        assertThat(job).containsEntry("completionMode", "Indexed");
        assertThat(job.get("parallelism")).isEqualTo(job.get("completions"));
        Map<Object, Object> byAction = new java.util.HashMap<>();
        for (Map<String, Object> rule : (List<Map<String, Object>>) ((Map<String, Object>) job.get("podFailurePolicy"))
                .get("rules")) {
            Map<String, Object> codes = (Map<String, Object>) rule.get("onExitCodes");
            if (codes != null) {
                assertThat(codes).containsEntry("containerName", "worker").containsEntry("operator", "In");
                byAction.put(rule.get("action"), codes.get("values"));
            }
        }
        // a usage error fails the job; a failed worker (2) is retried; 0 is the worker ending when idle
        assertThat(byAction).containsEntry("FailJob", List.of(ExitCode.USAGE))
                .containsEntry("Count", List.of(ExitCode.FAILED));
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) job.get("template")).get("spec");
        Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
        List<String> command = (List<String>) container.get("command");
        assertThat(command).contains("worker", "--exit-when-idle");
        assertThat(pod).containsEntry("restartPolicy", "Never");
        assertThat(file).contains("secretKeyRef: {name: planetl-db, key: password}");
        // the command line it runs is one planetl accepts
        List<String> args = command.subList(command.indexOf("worker"), command.size());
        var parsed = PlanetlMain.commandLine().parseArgs(args.toArray(String[]::new));
        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("worker");
    }

    /**
     * The pods run the JVM as the launcher does (its compiler and collector options), name their threads (a
     * container's JVM counts the node's processors, not the pod's request), and fit in their memory limit: the
     * JVM's heap and, for each thread, at most one extraction child's heap (jobs/ingest.yml), each JVM with 256 MiB
     * beside its heap.
     */
    @Test
    @SuppressWarnings("unchecked")
    void kubernetesPodsRunTheLaunchersJvmAndFitTheirMemoryLimit() throws Exception {
        List<String> launcherOptions = LauncherScript.quickOptions();
        assertThat(launcherOptions).contains(dev.planetl.job.ExtractionSettings.QUICK_COMPILER_OPTION);
        dev.planetl.job.ExtractionSettings extraction = dev.planetl.job.JobDefinition.load(Path.of("jobs"))
                .extraction();
        for (String manifest : List.of("planetl-ingest-cronjob.yaml", "planetl-workers-cronjob.yaml")) {
            Map<String, Object> cronJob = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor
                    .SafeConstructor(new org.yaml.snakeyaml.LoaderOptions())).load(
                    Files.readString(Path.of("jobs/kubernetes", manifest), StandardCharsets.UTF_8));
            Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    ((Map<String, Object>) ((Map<String, Object>) cronJob.get("spec")).get("jobTemplate"))
                            .get("spec")).get("template")).get("spec");
            Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
            List<String> command = (List<String>) container.get("command");
            assertThat(command).as(manifest).containsAll(launcherOptions);
            String xmx = command.stream().filter(a -> a.startsWith("-Xmx")).findFirst().orElseThrow();
            assertThat(command).as(manifest).contains("--threads");
            int threads = Integer.parseInt(command.get(command.indexOf("--threads") + 1));
            Map<String, Object> limits = (Map<String, Object>) ((Map<String, Object>) container.get("resources"))
                    .get("limits");
            long need = mebibytes(xmx.substring("-Xmx".length())) + (long) threads * extraction.childHeapMegabytes()
                    + (threads + 1) * 256L;
            assertThat(mebibytes(String.valueOf(limits.get("memory")))).as(manifest).isGreaterThanOrEqualTo(need);
        }
    }

    /** Mebibytes of a JVM size (1g, 512m) or a Kubernetes quantity (4Gi, 2560Mi). */
    private static long mebibytes(String size) {
        String s = size.trim();
        String unit = s.replaceAll("^[0-9]+", "");
        long n = Long.parseLong(s.substring(0, s.length() - unit.length()));
        return switch (unit) {
            case "g", "G", "Gi" -> n * 1024;
            case "m", "M", "Mi" -> n;
            default -> throw new IllegalArgumentException("a size this test does not read: " + size);
        };
    }

    /** Runs jobs/nightly.sh against a fake planetl; returns its exit code and how often planetl ran. */
    private List<Integer> nightly(List<Integer> answers, String retries) throws Exception {
        Path calls = tmp.resolve("calls-" + System.nanoTime());
        Files.createFile(calls);
        Path fake = tmp.resolve("fake-planetl-" + System.nanoTime());
        Files.writeString(fake, """
                #!/usr/bin/env bash
                echo x >> '%s'
                n=$(wc -l < '%s')
                codes=(%s)
                exit ${codes[$((n - 1))]}
                """.formatted(calls, calls, String.join(" ", answers.stream().map(String::valueOf).toList())),
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder pb = new ProcessBuilder("bash", "jobs/nightly.sh", tmp.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PLANETL", fake.toString());
        pb.environment().put("PLANETL_RETRIES", retries);
        pb.environment().put("PLANETL_RETRY_WAIT", "0");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return List.of(p.exitValue(), Files.readAllLines(calls).size());
    }
}
