package org.clearance.spark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark standalone cluster on 127.0.0.1 from the Maven artifacts: one master and N workers, each a plain
 * {@code java} process with the flags Spark needs on this JDK and bounded memory, and jobs submitted to it through
 * {@code org.apache.spark.deploy.SparkSubmit} with the job's shaded jar, as a user would. The workers start executors
 * from a Spark home whose {@code jars/} links to the Maven artifacts.
 */
final class LoopbackCluster implements AutoCloseable {

    private final Path dir;
    private final Path sparkHome;
    private final List<Process> processes = new ArrayList<>();
    private final int port;

    private LoopbackCluster(Path dir, Path sparkHome, int port) {
        this.dir = dir;
        this.sparkHome = sparkHome;
        this.port = port;
    }

    static LoopbackCluster start(Path dir, int workers) throws IOException, InterruptedException {
        Path home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(home.resolve("conf"));
        for (String jar : sparkClasspath()) {
            Path j = Path.of(jar);
            Path link = home.resolve("jars").resolve(j.getFileName());
            if (!Files.exists(link)) Files.createSymbolicLink(link, j);
        }
        LoopbackCluster c = new LoopbackCluster(dir, home, freePort());
        c.spawn("master", List.of("-Xmx384m", "-Dspark.master.rest.enabled=false"),
                "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", String.valueOf(c.port),
                "--webui-port", String.valueOf(freePort()));
        c.awaitLog("master", "I have been elected leader", 1);
        for (int w = 1; w <= workers; w++) {
            c.spawn("worker" + w, List.of("-Xmx256m"), "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", "1", "--memory", "1g", "--work-dir", dir.resolve("work" + w).toString(),
                    "--webui-port", String.valueOf(freePort()), c.masterUrl());
        }
        c.awaitLog("master", "Registering worker", workers);
        return c;
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + port;
    }

    /** Submits the job jar with these arguments; returns its exit status (output in {@code log}). */
    int submit(Path log, String... jobArgs) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--master", masterUrl(), "--deploy-mode", "client",
                "--class", SparkCommand.class.getName(), "--conf", "spark.executor.memory=768m",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
                System.getProperty("clearance.spark.jar")));
        args.addAll(Arrays.asList(jobArgs));
        Process p = process(List.of("-Xmx1g"), "org.apache.spark.deploy.SparkSubmit", args.toArray(String[]::new))
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(8, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the job did not finish in 8 minutes; see " + log);
        }
        return p.exitValue();
    }

    private void spawn(String name, List<String> jvm, String main, String... args) throws IOException {
        processes.add(process(jvm, main, args).redirectOutput(dir.resolve(name + ".log").toFile()).start());
    }

    private ProcessBuilder process(List<String> jvm, String main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(opens());
        command.addAll(jvm);
        command.add("-cp");
        command.add(sparkHome.resolve("jars") + "/*");
        command.add(main);
        command.addAll(Arrays.asList(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = b.environment();
        env.put("SPARK_HOME", sparkHome.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");   // what a Spark distribution's scripts would say
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return b;
    }

    private void awaitLog(String name, String text, int times) throws IOException, InterruptedException {
        Path log = dir.resolve(name + ".log");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                String s = Files.readString(log, StandardCharsets.UTF_8);
                int n = 0;
                for (int i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + 1)) n++;
                if (n >= times) return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("'" + text + "' did not appear " + times + " time(s) in " + log + " within 90 s");
    }

    private static List<String> opens() {
        List<String> out = new ArrayList<>();
        for (String o : System.getProperty("clearance.spark.opens", "").split("\\s+")) {
            if (!o.isBlank() && !(Runtime.version().feature() >= 24 && o.contains("sun.security.action"))) out.add(o);
        }
        if (Runtime.version().feature() >= 24) out.add("--sun-misc-unsafe-memory-access=allow");
        return out;
    }

    private static List<String> sparkClasspath() throws IOException {
        String file = System.getProperty("clearance.spark.classpath");
        return Arrays.stream(Files.readString(Path.of(file)).strip().split(java.io.File.pathSeparator))
                .filter(s -> s.endsWith(".jar")).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process p : processes.reversed()) p.destroy();
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
