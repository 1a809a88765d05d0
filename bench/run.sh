#!/usr/bin/env bash
# The contentlint benchmark (issue #6). See "### Benchmark" in the README, and usage() below.
set -euo pipefail

MDL2_VERSION=0.22.1          # markdownlint-cli2: the last line that runs on Node 20 (0.23+ needs Node 22)

usage() {
    cat <<'EOF'
Usage: bench/run.sh [--sizes 1000,10000,100000] [--quick] [--styles DIR] [--runs N]
                    [--heap-check SIZES] [--no-install] [--help]

Generates a deterministic corpus of Markdown drafts (LinkedIn post drafts, docs pages, people
notes; a few % with deliberate faults) at each size, and measures on the same files:
  contentlint cold          mvn -B -ntp -o validate in a fresh JVM: the plugin's own time (from
                            the Mojo's "contentlint: N files, X MB, in S s" line) and the whole
                            mvn process
  contentlint warm cache    the same command again, nothing changed: a fresh JVM, files taken
                            from the result cache the cold run wrote
  floor                     one fresh JVM: read every file (bytes), then flexmark parse-only with
                            MarkdownReader's options, on all cores
  markdownlint-cli2         pinned version, default rules, on the same files
and prints a Markdown table (also written to bench/work/results.md).

Options:
  --sizes LIST        comma-separated corpus sizes (default 1000,10000,100000)
  --quick             1000 files only
  --styles DIR        the published Vale packages (default ../shared/vale-styles beside the
                      repository); write-good and proselint are used when present, else the
                      run goes on with the Carter rules only and says so
  --runs N            how many times the floor and contentlint cold run at each size (default
                      3): the table gives the median, and every run's time beside it. A cold
                      JVM's time varies by 10 to 30% from run to run on 2 cores (JIT warm-up)
  --heap-check LIST   sizes at which contentlint runs once more with MAVEN_OPTS=-Xmx512m, as the
                      check of the 512 MB heap target (default 100000)
  --no-install        do not reinstall the plugin from this working copy into bench/work/m2
  --help              this text

Needs Java 17+, Maven and Node/npm (markdownlint-cli2 is installed into bench/work/npm).
Everything generated or downloaded goes under bench/work/ (git ignores it). The plugin is
installed into a private local repository, bench/work/m2 (seeded from ~/.m2/repository),
never into ~/.m2. Timings depend on the machine's load: check `uptime` first.
EOF
}

SIZES=1000,10000,100000
HEAP_SIZES=100000
RUNS=3
INSTALL=1
REPO=$(cd "$(dirname "$0")/.." && pwd)
STYLES_DIR=$REPO/../shared/vale-styles
while [[ $# -gt 0 ]]; do
    case $1 in
        --sizes) SIZES=${2:?--sizes needs a list}; shift 2 ;;
        --quick) SIZES=1000; shift ;;
        --styles) STYLES_DIR=${2:?--styles needs a folder}; shift 2 ;;
        --heap-check) HEAP_SIZES=${2:?--heap-check needs a list}; shift 2 ;;
        --runs) RUNS=${2:?--runs needs a number}; shift 2 ;;
        --no-install) INSTALL=0; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "bench/run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
done

BENCH=$REPO/bench
WORK=$BENCH/work
M2=$WORK/m2
RESULTS=$WORK/results.md
mkdir -p "$WORK"
log() { echo "bench: $*" >&2; }

for tool in java javac mvn node npm; do
    command -v $tool >/dev/null || { echo "bench/run.sh: '$tool' is not on the PATH" >&2; exit 1; }
done
HAVE_TIME=0
[[ -x /usr/bin/time ]] && HAVE_TIME=1
[[ $HAVE_TIME == 1 ]] || log "/usr/bin/time not found: peak RSS is reported as n/a"

VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$REPO/pom.xml" | head -1)

# ---- the plugin, its classpath, the floor program, markdownlint-cli2 -------------------------
if [[ ! -d $M2 && -d $HOME/.m2/repository ]]; then
    log "seeding $M2 from ~/.m2/repository"
    cp -r "$HOME/.m2/repository" "$M2"
fi
if [[ $INSTALL == 1 || ! -d $M2/dev/contentlint/contentlint-maven-plugin/$VERSION ]]; then
    log "installing contentlint-maven-plugin $VERSION from $REPO into $M2"
    mvn -B -ntp -q -f "$REPO/pom.xml" install -DskipTests -Dinvoker.skip=true -Dmaven.repo.local="$M2"
fi
mvn -B -ntp -q -f "$REPO/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" \
    -Dmaven.repo.local="$M2" >/dev/null
# The floor parses with the plugin's own parser options, so the plugin's jar joins the classpath.
PLUGIN_JAR=$M2/dev/contentlint/contentlint-maven-plugin/$VERSION/contentlint-maven-plugin-$VERSION.jar
printf '%s:%s' "$PLUGIN_JAR" "$(cat "$WORK/classpath.txt")" > "$WORK/classpath.txt"
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$(cat "$WORK/classpath.txt")" "$BENCH/Floor.java" "$BENCH/Rounds.java"
MDL2=$WORK/npm/node_modules/.bin/markdownlint-cli2
if [[ ! -x $MDL2 ]] || ! grep -q "\"version\": \"$MDL2_VERSION\"" "$WORK/npm/node_modules/markdownlint-cli2/package.json"; then
    log "installing markdownlint-cli2@$MDL2_VERSION into $WORK/npm"
    npm install --prefix "$WORK/npm" --no-audit --no-fund --loglevel=error "markdownlint-cli2@$MDL2_VERSION" >&2
fi

# ---- the bench project ----------------------------------------------------------------------
PROJECT=$WORK/project
rm -rf "$PROJECT"
mkdir -p "$PROJECT/styles"
ln -s "$REPO/examples/styles/Carter" "$PROJECT/styles/Carter"
PACKAGES=""
for pkg in write-good proselint; do
    if [[ -d $STYLES_DIR/$pkg ]]; then
        ln -s "$(cd "$STYLES_DIR/$pkg" && pwd)" "$PROJECT/styles/$pkg"
        PACKAGES="$PACKAGES, $pkg"
    else
        log "no $STYLES_DIR/$pkg: this configuration runs without $pkg"
    fi
done
STYLE_NOTE="Carter rules in the post sections${PACKAGES:+; write-good and proselint in FULL POST and on the whole body of docs pages}"
[[ -n $PACKAGES ]] || STYLE_NOTE="Carter rules only (write-good and proselint not found under $STYLES_DIR)"

cat > "$PROJECT/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.contentlint.bench</groupId>
  <artifactId>bench-vault</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.contentlint</groupId>
        <artifactId>contentlint-maven-plugin</artifactId>
        <version>$VERSION</version>
        <configuration><formats>json</formats></configuration>
        <executions><execution><goals><goal>validate</goal></goals></execution></executions>
      </plugin>
    </plugins>
  </build>
</project>
EOF
cat > "$PROJECT/contentlint.yaml" <<EOF
# Written by bench/run.sh. The content folder is given by -Dcontentlint.contentDirectory.
content: content
include: ["**/*.md"]
stylesPath: styles
failOn: none
types:
  linkedin-post:
    match: { paths: ["posts/**"] }
    fileName: "[a-z0-9_]+\\\\.md"
    frontMatter:
      required: true
      schema: ../../../examples/schemas/linkedin-post.schema.yaml
    sectionOrder: strict
    sections:
      - heading: "IDEA LEGOS"
        level: 2
        table: [Lego, Choice]
      - heading: "HOOK A*"
        level: 3
        styles: [Carter.EmDash, Carter.Heres, Carter.HookLength]
      - heading: "HOOK B*"
        level: 3
        required: false
        styles: [Carter.EmDash, Carter.Heres, Carter.HookLength]
      - heading: "/^FULL POST\\\\b/"
        level: 3
        styles: [Carter.EmDash, Carter.Heres, Carter.WordCount${PACKAGES}]
      - heading: NOTES
        level: 2
    unique: [name]
    references:
      related_concepts: personality
  personality:
    match: { paths: ["people/**"] }
    fileName: "[a-z0-9_]+\\\\.md"
    frontMatter:
      required: true
      schema: ../../../examples/schemas/note.schema.yaml
  docs-page:
    match: { paths: ["docs/**"] }
    fileName: "[a-z0-9_]+\\\\.md"
    frontMatter:
      required: true
      schema: ../../docs-page.schema.yaml
    styles: [${PACKAGES#, }]
defaults:
  frontMatter: { required: false }
EOF

# Resolve everything once (online), so that the measured runs can be offline (-o).
log "checking the bench project on examples/vault"
mvn -B -ntp -f "$PROJECT/pom.xml" validate -Dmaven.repo.local="$M2" \
    -Dcontentlint.contentDirectory="$REPO/examples/vault" \
    -Dcontentlint.outputDirectory="$WORK/out-check" > "$WORK/check.log" 2>&1 \
    || { cat "$WORK/check.log" >&2; echo "bench/run.sh: the bench project does not run" >&2; exit 1; }

# ---- measuring --------------------------------------------------------------------------------
# timed LOG CMD...: runs CMD with stdout+stderr to LOG; sets SECS, RSS (MB) and RC.
timed() {
    local out=$1; shift
    local tf=$WORK/time.txt
    RC=0
    if [[ $HAVE_TIME == 1 ]]; then
        /usr/bin/time -f '%e %M' -o "$tf" "$@" > "$out" 2>&1 || RC=$?
        SECS=$(tail -1 "$tf" | cut -d' ' -f1)
        RSS=$(tail -1 "$tf" | awk '{ printf "%.0f", $2 / 1024 }')
    else
        local t0 t1
        t0=$(date +%s%N)
        "$@" > "$out" 2>&1 || RC=$?
        t1=$(date +%s%N)
        SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
        RSS=n/a
    fi
}
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "bench/run.sh: --runs needs a number of 1 or more, not '$RUNS'" >&2; exit 2; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.1f", a / b }'; }
rate() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.0f", a / b }'; }
row() {  # files MB tool seconds peakRSS findings
    local r
    r=$(rate "$1" "$4")
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$r" "$5${5:+ MB}" "$6" >> "$TABLE"
    echo "bench: $1 files: $3: $4 s, $r files/s${5:+, peak RSS $5 MB}${6:+, $6}" >&2
}
runs() { if [[ $# -gt 1 ]]; then printf ' (median of %s: %s)' "$#" "$(IFS=/; echo "$*")"; fi; }
plugin_secs() { sed -n 's/.*contentlint: [0-9]* files, [0-9.]* MB, in \([0-9.]*\) s.*/\1/p' "$1" | tail -1; }
plugin_findings() { sed -n 's/.*contentlint: \([0-9]* files checked: .*\)/\1/p' "$1" | tail -1 | sed 's/ files checked//; s/^[0-9]*: //'; }

contentlint() {  # LOG SIZE [extra MAVEN_OPTS]
    MAVEN_OPTS="${3:-}" timed "$1" mvn -B -ntp -o -f "$PROJECT/pom.xml" validate -Dmaven.repo.local="$M2" \
        -Dcontentlint.contentDirectory="$CORPUS" -Dcontentlint.outputDirectory="$WORK/out-$2"
}

TABLE=$WORK/table.md
RATIOS=$WORK/ratios.md
: > "$TABLE"
: > "$RATIOS"
IFS=, read -r -a SIZE_LIST <<< "$SIZES"
for SIZE in "${SIZE_LIST[@]}"; do
    CORPUS=$WORK/corpus-$SIZE
    STAMP="$(sha1sum "$BENCH/Gen.java" | cut -c1-40) $SIZE"
    if [[ ! -f $CORPUS/.stamp || $(cat "$CORPUS/.stamp") != "$STAMP" ]]; then
        rm -rf "$CORPUS"
        log "generating $SIZE files into $CORPUS"
        java "$BENCH/Gen.java" "$CORPUS" "$SIZE" >&2
        echo "$STAMP" > "$CORPUS/.stamp"
    fi
    LOAD=$(uptime | sed 's/.*load average: //; s/,.*//')
    log "$SIZE files: load $(uptime | sed 's/.*load average: //')"

    # 3. floor first (it also gives the file count and MB of the corpus); RUNS times, the median
    FLOOR_RUNS=(); PARSE_RUNS=(); READ_RUNS=()
    for ((run = 1; run <= RUNS; run++)); do
        timed "$WORK/floor-$SIZE.log" java -cp "$WORK/classes:$(cat "$WORK/classpath.txt")" Floor "$CORPUS"
        PARSE_S=$(sed -n 's/^floor parse: .* MB, \([0-9.]*\) s.*/\1/p' "$WORK/floor-$SIZE.log")
        [[ -n $PARSE_S ]] || { cat "$WORK/floor-$SIZE.log" >&2; echo "bench/run.sh: the floor program failed" >&2; exit 1; }
        FLOOR_RUNS+=("$SECS"); FLOOR_RSS=$RSS
        PARSE_RUNS+=("$PARSE_S")
        READ_RUNS+=("$(sed -n 's/^floor read: .* MB, \([0-9.]*\) s.*/\1/p' "$WORK/floor-$SIZE.log")")
    done
    FILES=$(sed -n 's/^floor read: \([0-9]*\) files.*/\1/p' "$WORK/floor-$SIZE.log")
    MB=$(sed -n 's/^floor read: [0-9]* files, \([0-9.]*\) MB.*/\1/p' "$WORK/floor-$SIZE.log")
    FLOOR_SECS=$(median "${FLOOR_RUNS[@]}"); PARSE_S=$(median "${PARSE_RUNS[@]}"); READ_S=$(median "${READ_RUNS[@]}")

    # 1. contentlint, cold: no result cache from an earlier run; RUNS times, the median
    COLD_RUNS=(); COLD_MVN_RUNS=()
    for ((run = 1; run <= RUNS; run++)); do
        rm -f "$WORK/out-$SIZE/contentlint-cache.bin"
        contentlint "$WORK/contentlint-cold-$SIZE.log" "$SIZE"
        COLD_PLUGIN=$(plugin_secs "$WORK/contentlint-cold-$SIZE.log")
        [[ $RC == 0 && -n $COLD_PLUGIN ]] || { tail -30 "$WORK/contentlint-cold-$SIZE.log" >&2; echo "bench/run.sh: contentlint failed (exit $RC)" >&2; exit 1; }
        cp "$WORK/contentlint-cold-$SIZE.log" "$WORK/contentlint-cold-$SIZE-run$run.log"
        COLD_RUNS+=("$COLD_PLUGIN"); COLD_MVN_RUNS+=("$SECS"); COLD_RSS=$RSS
    done
    COLD_PLUGIN=$(median "${COLD_RUNS[@]}"); COLD_MVN=$(median "${COLD_MVN_RUNS[@]}")
    FINDINGS=$(plugin_findings "$WORK/contentlint-cold-$SIZE.log")
    # 2. contentlint again on the unchanged tree: every file from the result cache
    contentlint "$WORK/contentlint-second-$SIZE.log" "$SIZE"
    SECOND_MVN=$SECS; SECOND_RSS=$RSS
    SECOND_PLUGIN=$(plugin_secs "$WORK/contentlint-second-$SIZE.log")
    # 4. markdownlint-cli2, default rules (no config file in the corpus); exit 1 means findings
    cd "$CORPUS" && timed "$WORK/markdownlint-$SIZE.log" "$MDL2" "**/*.md"; cd "$REPO"
    MDL_SECS=$SECS; MDL_RSS=$RSS
    [[ $RC == 0 || $RC == 1 ]] || { tail -20 "$WORK/markdownlint-$SIZE.log" >&2; echo "bench/run.sh: markdownlint-cli2 failed (exit $RC)" >&2; exit 1; }
    MDL_FINDINGS=$(sed -n 's/^Summary: \([0-9]*\) error.*/\1 findings/p' "$WORK/markdownlint-$SIZE.log" | tail -1)

    row "$FILES" "$MB" "contentlint cold: plugin's own time$(runs "${COLD_RUNS[@]}")" "$COLD_PLUGIN" "" "$FINDINGS"
    row "$FILES" "$MB" "contentlint cold: whole mvn process$(runs "${COLD_MVN_RUNS[@]}")" "$COLD_MVN" "$COLD_RSS" ""
    row "$FILES" "$MB" "contentlint warm cache, nothing changed: plugin" "$SECOND_PLUGIN" "" ""
    row "$FILES" "$MB" "contentlint warm cache, nothing changed: mvn process" "$SECOND_MVN" "$SECOND_RSS" ""
    row "$FILES" "$MB" "floor: read all files (Java)$(runs "${READ_RUNS[@]}")" "$READ_S" "" ""
    row "$FILES" "$MB" "floor: flexmark parse only$(runs "${PARSE_RUNS[@]}")" "$PARSE_S" "" ""
    row "$FILES" "$MB" "floor: whole JVM (read + parse)$(runs "${FLOOR_RUNS[@]}")" "$FLOOR_SECS" "$FLOOR_RSS" ""
    row "$FILES" "$MB" "markdownlint-cli2 $MDL2_VERSION, default rules" "$MDL_SECS" "$MDL_RSS" "$MDL_FINDINGS"

    HEAP="not run"
    if [[ ,$HEAP_SIZES, == *,$SIZE,* ]]; then
        rm -f "$WORK/out-$SIZE/contentlint-cache.bin"  # a cold run, as the heap target means
        contentlint "$WORK/contentlint-heap-$SIZE.log" "$SIZE" -Xmx512m
        if [[ $RC == 0 ]] && [[ -n $(plugin_secs "$WORK/contentlint-heap-$SIZE.log") ]]; then
            HEAP="pass (-Xmx512m: plugin $(plugin_secs "$WORK/contentlint-heap-$SIZE.log") s, RSS $RSS MB)"
        else
            HEAP="FAIL (-Xmx512m: exit $RC$(grep -q OutOfMemoryError "$WORK/contentlint-heap-$SIZE.log" && echo ', OutOfMemoryError'))"
        fi
        log "$SIZE files: heap check: $HEAP"
    fi
    printf '| %s | %s | %s× | %s× | %s× | %s | %s |\n' "$FILES" "$LOAD" "$(div "$MDL_SECS" "$COLD_PLUGIN")" \
        "$(div "$MDL_SECS" "$COLD_MVN")" "$(div "$COLD_PLUGIN" "$PARSE_S")" \
        "$(awk -v a="$SECOND_PLUGIN" -v b="$COLD_PLUGIN" 'BEGIN { printf "%.0f%%", 100 * a / b }')" "$HEAP" >> "$RATIOS"
done

{
    echo "Benchmark of contentlint-maven-plugin $VERSION, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1),"
    echo "$(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'), Node $(node -v); load average at the end: $(uptime | sed 's/.*load average: //')."
    echo "Configuration: schema, sections and links; $STYLE_NOTE."
    echo "All runs read files already in the OS page cache (the corpus was just generated or read)."
    echo "The floor and contentlint cold ran $RUNS times each at each size: their rows give the median, the runs in brackets; the ratios use the medians."
    echo
    echo "| files | MB | tool | seconds | files/s | peak RSS | findings |"
    echo "|---:|---:|---|---:|---:|---:|---|"
    cat "$TABLE"
    echo
    echo "| files | load at start | markdownlint-cli2 ÷ plugin (target ≥ 10×) | markdownlint-cli2 ÷ mvn (target ≥ 3×) | plugin ÷ flexmark floor (target ≤ 3×) | warm cache ÷ cold, plugin (target < 10%) | heap ≤ 512 MB |"
    echo "|---:|---:|---:|---:|---:|---:|---|"
    cat "$RATIOS"
} > "$RESULTS"
echo
cat "$RESULTS"
echo
echo "(written to $RESULTS; logs in $WORK)"
