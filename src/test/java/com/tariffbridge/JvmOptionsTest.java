package com.tariffbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The jvm.options a provider installs and the dev server's: a JVM accepts every line (a mistyped
 * flag would stop Liberty from starting), and the heap comes out as their comments promise.
 */
class JvmOptionsTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void productionHeapIsSixtyPercentOfTheContainersMemoryLimit() throws Exception {
        // MaxRAM stands in for a 1 GiB container limit, which the JVM reads the same way
        String flags = finalFlags(Path.of("docs/production/jvm.options"), "-XX:MaxRAM=1g");

        long maxHeap = flag(flags, "MaxHeapSize");
        assertThat(maxHeap).isBetween(600 * MIB, 620 * MIB);
        assertThat(flag(flags, "G1PeriodicGCInterval")).isEqualTo(60_000);
        assertThat(flags).containsPattern("bool UseG1GC\\s+= true");
        assertThat(flags).containsPattern("bool ExitOnOutOfMemoryError\\s+= true");
    }

    @Test
    void productionAndDevServerHandFreedNativeMemoryBack() throws Exception {
        for (String options :
                List.of("docs/production/jvm.options", "src/main/liberty/config/jvm.options")) {
            String flags = finalFlags(Path.of(options), "-XX:MaxRAM=1g");

            assertThat(flag(flags, "TrimNativeHeapInterval")).as(options).isEqualTo(10_000);
        }
    }

    @Test
    void devServerHeapIsCappedAt512MiBWhateverTheMachine() throws Exception {
        String flags = finalFlags(Path.of("src/main/liberty/config/jvm.options"), "-XX:MaxRAM=16g");

        assertThat(flag(flags, "MaxHeapSize")).isEqualTo(512 * MIB);
        assertThat(flag(flags, "G1PeriodicGCInterval")).isEqualTo(60_000);
    }

    private static String finalFlags(Path options, String extra)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(extra);
        for (String line : Files.readAllLines(options, StandardCharsets.UTF_8)) {
            String option = line.strip();
            if (!option.isEmpty() && !option.startsWith("#")) {
                command.add(option);
            }
        }
        command.add("-XX:+PrintFlagsFinal");
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as("java %s%n%s", command, output).isZero();
        return output;
    }

    private static long flag(String flags, String name) {
        Matcher m = Pattern.compile("\\s" + name + "\\s+=\\s+(\\d+)").matcher(flags);
        assertThat(m.find()).as("flag %s in PrintFlagsFinal", name).isTrue();
        return Long.parseLong(m.group(1));
    }
}
