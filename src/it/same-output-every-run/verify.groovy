// same-output-every-run: three builds of one tree in three JVMs write the same reports, to the
// byte, and log the same findings. Ties among "did you mean" suggestions once went by a Set's
// iteration order, which changes from JVM to JVM.
String log = new File(basedir, 'build.log').getText('UTF-8')
def runs = (1..3).collect { new File(basedir, "target/run$it") }
def names = ['contentlint.json', 'contentlint.html', 'contentlint.sarif', 'contentlint-checkstyle.xml',
             'contentlint-junit.xml']
runs.each { run -> names.each { assert new File(run, it).isFile() : "${run}/${it} missing: " + run.list() } }
// The run's own time is in the HTML report's footer and in the JUnit report's time attributes,
// on purpose; all else must match.
def withoutTime = { String text ->
    text.replaceAll(/ in \d+\.\d+ s</, ' in (time) s<').replaceAll(/ time="[0-9.]+"/, ' time="(time)"')
}
names.each { name ->
    def first = new File(runs[0], name).bytes
    runs.drop(1).each { run ->
        def other = new File(run, name).bytes
        if (name.endsWith('.html') || name.endsWith('junit.xml')) {
            assert withoutTime(new String(first, 'UTF-8')) == withoutTime(new String(other, 'UTF-8')) :
                    "${name} differs between run1 and ${run.name}"
        } else {
            assert Arrays.equals(first, other) : "${name} differs between run1 and ${run.name}"
        }
    }
}
def findings = log.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] +[^ ]+:\d+:\d+: (error|warning|suggestion) \[/ }
assert findings.size() % 3 == 0 && findings.size() > 0 : findings.join('\n')
int each = findings.size() / 3
assert findings.subList(0, each) == findings.subList(each, 2 * each)
assert findings.subList(0, each) == findings.subList(2 * each, 3 * each)
// The ties themselves: the first alphabetically of the equally close.
def json = new File(runs[0], 'contentlint.json').getText('UTF-8')
assert json.contains("no heading or anchor #match in this file (did you mean 'ismatch'?)") : json
assert json.contains("no heading or anchor #part in this file (did you mean 'cart'?)") : json
assert json.contains("(did you mean 'card'?)") : json
return true
