// multi-module-parallel: in a -T 2 build each module is checked with its own configuration (or
// the defaults) against its own content, and writes its own reports; the parent has no content.
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as @threadSafe') && !log.contains('not thread-safe')
assert log.contains('BUILD SUCCESS')
// Reactor summary: all three projects passed.
['multi-module-parallel', 'module-a', 'module-b'].each { name ->
    assert lines.any { it =~ /^\[INFO\] ${name} \.+ SUCCESS \[/ } : "no SUCCESS for ${name}"
}

// Exactly two runs that checked something: module A (2 posts and the note they link to),
// module B (3 files, defaults).
def summaries = lines.findAll { it.contains('contentlint: ') && it.contains(' checked: ') }
assert summaries.sort() == [
    '[INFO] contentlint: 3 files checked: 0 errors, 0 warnings, 0 suggestions',
    '[INFO] contentlint: 3 files checked: 0 errors, 0 warnings, 0 suggestions',
]
// The parent has no content folder, module B no configuration.
assert lines.count { it.startsWith('[INFO] contentlint: no content directory at ') } == 1
assert lines.count { it == '[INFO] contentlint: no contentlint.yaml, using the defaults' } == 2
assert lines.any { it.startsWith('[INFO] contentlint: 3 files, ') && it.replace('\\', '/').endsWith('/module-a/content)') }
assert lines.any { it.startsWith('[INFO] contentlint: 3 files, ') && it.replace('\\', '/').endsWith('/module-b/content)') }

def slurper = new JsonSlurper()
def a = slurper.parse(new File(basedir, 'module-a/target/contentlint/contentlint.json'), 'UTF-8')
assert a.summary == [files: 3, errors: 0, warnings: 0, suggestions: 0]
assert a.findings == []
def b = slurper.parse(new File(basedir, 'module-b/target/contentlint/contentlint.json'), 'UTF-8')
assert b.summary == [files: 3, errors: 0, warnings: 0, suggestions: 0]
assert b.findings == []
assert new File(basedir, 'module-a/target/contentlint/contentlint.html').isFile()
assert new File(basedir, 'module-b/target/contentlint/contentlint.html').isFile()
assert !new File(basedir, 'target/contentlint').exists() : 'the parent wrote reports'
return true
