#!/usr/bin/env bash
# Cold compile times of the 200-handler benchmark app, one javac process per build, as a developer
# meets them: plain -proc:none (the peer), the app plus its generated files with -proc:none, and the
# app with the processor; and the floor under any processor (PrecompiledOutputs): one that writes
# nothing, and one that writes the same outputs as prepared class files and resources. Needs the benchmarks jar (see BENCHMARKS.md). CPU time (user+sys) is
# printed beside wall time: on a shared, loaded machine it is the steadier of the two.
set -euo pipefail
jar="$(cd "$(dirname "$0")" && pwd)/target/benchmarks.jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cat > Write.java <<'JAVA'
public class Write {
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static void main(String[] args) throws Exception {
    Class<?> bodies = Class.forName("dev.hyperapp.benchmarks.processor.GeneratedApp$Bodies");
    var write = Class.forName("dev.hyperapp.benchmarks.processor.GeneratedApp")
        .getDeclaredMethod("write", java.nio.file.Path.class, int.class, bodies);
    write.setAccessible(true);
    write.invoke(null, java.nio.file.Path.of("src"), 200, Enum.valueOf((Class) bodies, args[0]));
  }
}
JAVA
# BODIES=WORKING: handlers of 5-9 lines instead of one-line stubs (GeneratedApp.Bodies).
java -cp "$jar" Write.java "${BODIES:-STUBS}"
processor=(-processor dev.hyperapp.processor.HyperprocessProcessor)
javac -cp "$jar" --release 17 -d gen-classes -s gen "${processor[@]}" src/bench/BigApp.java
# What the processor's compile left behind, laid out for PrecompiledOutputs.
mkdir -p pre/classes/bench pre/resources
for source in gen/bench/*.java; do
  type=$(basename "$source" .java)
  cp gen-classes/bench/"$type".class $(find gen-classes/bench -name "$type\$*.class") pre/classes/bench/
done
cp -r gen-classes/META-INF pre/resources/
floor=(-processor dev.hyperapp.benchmarks.processor.PrecompiledOutputs)
for run in $(seq "${RUNS:-3}"); do
  rm -rf out && /usr/bin/time -f "proc:none           %e s, cpu %U+%S s" javac -cp "$jar" --release 17 -d out -proc:none src/bench/BigApp.java
  rm -rf out && /usr/bin/time -f "with generated code %e s, cpu %U+%S s" javac -cp "$jar" --release 17 -d out -proc:none src/bench/BigApp.java $(find gen -name '*.java')
  rm -rf out && /usr/bin/time -f "writing nothing     %e s, cpu %U+%S s" javac -cp "$jar" --release 17 -d out "${floor[@]}" src/bench/BigApp.java
  rm -rf out && /usr/bin/time -f "precompiled outputs %e s, cpu %U+%S s" javac -cp "$jar" --release 17 -d out "${floor[@]}" -Aprecompiled="$work/pre" src/bench/BigApp.java
  rm -rf out && /usr/bin/time -f "with processor      %e s, cpu %U+%S s" javac -cp "$jar" --release 17 -d out -s out "${processor[@]}" src/bench/BigApp.java
done
