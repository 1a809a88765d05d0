// init-then-validate: init on a vault without configuration (two front-matter types, notes
// without the type key, a note with broken YAML, editor state, templates), then validate.
// invoker.properties runs five builds into one build.log, each starting with "Scanning for projects".
import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> runs = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1) as List
assert runs.size() == 5 : "expected 5 builds in build.log, found ${runs.size()}"
List<String> lines(String run) { run.readLines().collect { it.replace('\\', '/') } }
String path(String relative) { new File(basedir, relative).canonicalPath.replace('\\', '/') }

// The fixtures hold what the test needs: hidden editor state and templates (the clone keeps them),
// and mutated/ is content/ with one post's status mistyped.
assert new File(basedir, 'content/.obsidian/workspace.md').isFile()
assert new File(basedir, 'content/templates/linkedin-post.md').isFile()
def tree = { String dir -> def files = [:]; new File(basedir, dir).eachFileRecurse(groovy.io.FileType.FILES) {
    files[it.path.substring(new File(basedir, dir).path.length()).replace('\\', '/')] = it.getText('UTF-8') }; files }
def content = tree('content')
def mutated = tree('mutated')
assert content.keySet() == mutated.keySet()
assert content.findAll { k, v -> mutated[k] != v }.keySet() == ['/posts/12_conflict_resolution.md'] as Set
assert mutated['/posts/12_conflict_resolution.md'] == content['/posts/12_conflict_resolution.md']
        .replace('status: draft\n', 'status: drafted\n')
// init wrote nothing into the content.
assert content.size() == 16

// 1. The dry run prints the files and writes nothing.
List<String> dry = lines(runs[0])
assert dry.contains("[INFO] contentlint: --- ${path('contentlint.yaml')}".toString())
assert dry.contains("[INFO] contentlint: --- ${path('schemas/linkedin-post.schema.json')}".toString())
assert dry.contains('[INFO]         node_type: linkedin-post')
assert dry.contains('[INFO] contentlint: dry run (contentlint.init.dryRun): nothing was written')
assert runs[0].contains('BUILD SUCCESS')

// 2. init writes the configuration and three schemas, and says what it found.
List<String> init = lines(runs[1])
assert init.contains("[INFO] contentlint: init read 14 files under ${path('content')}: 12 with front matter (1 with YAML problems); left out 2 files by **/.*, **/.*/**, templates/**".toString())
assert init.contains('[INFO] contentlint: types by the front-matter key node_type (detected; in 8 of 11 files with front matter), then by folder for the files without it:')
assert init.contains('[INFO] contentlint:   linkedin-post: 5 files whose node_type is linkedin-post, 10 keys, required: name, description, domain, node_type, status, last_updated, published_date, tags, related_concepts, link; enums: domain, node_type, status; formats: last_updated (date), published_date (date), link (uri)')
assert init.contains('[INFO] contentlint:   personality: 3 files whose node_type is personality, 7 keys, required: name, description, domain, node_type, status, last_updated, tags; formats: last_updated (date)')
assert init.contains('[INFO] contentlint:   notes: 5 files in notes/ without node_type, 2 keys, required: title, created; formats: created (date)')
assert init.contains('[INFO] contentlint:   files of no type (defaults): 1 file, no schema (no front matter to infer one from)')
assert init.contains('[WARNING] contentlint: frontmatter.syntax reports 1 error in 1 file today (the first at notes/meeting_2026_01_05.md:4:12): lowered to warning in levels, so that validate passes; fix it, then remove the line from levels')
assert init.contains('[INFO] contentlint: checked with this configuration: 14 files, 0 errors, 1 warning')
['schemas/linkedin-post.schema.json', 'schemas/personality.schema.json', 'schemas/notes.schema.json', 'contentlint.yaml'].each {
    assert init.contains("[INFO] contentlint: wrote ${path(it)}".toString())
}
assert init.contains('[INFO] contentlint: next: mvn validate (it passes on the tree as it is); then review the schemas and tighten them')
assert runs[1].contains('BUILD SUCCESS')

// What it wrote.
assert new File(basedir, 'schemas').list().sort() == ['linkedin-post.schema.json', 'notes.schema.json', 'personality.schema.json']
def slurper = new JsonSlurper()
def post = slurper.parse(new File(basedir, 'schemas/linkedin-post.schema.json'), 'UTF-8')
assert post.'$schema' == 'https://json-schema.org/draft/2020-12/schema'
assert post.additionalProperties == false
assert post.required == ['name', 'description', 'domain', 'node_type', 'status', 'last_updated', 'published_date', 'tags', 'related_concepts', 'link']
assert post.properties.status.enum == ['draft', 'published']
assert post.properties.last_updated == ['$comment': 'in 5 of 5 files; format date: every text value is a date (YYYY-MM-DD)', type: 'string', format: 'date']
assert post.properties.published_date.type == ['string', 'null']
assert post.properties.tags.items == [type: 'string']
def notes = slurper.parse(new File(basedir, 'schemas/notes.schema.json'), 'UTF-8')
assert notes.required == ['title', 'created']
String yaml = new File(basedir, 'contentlint.yaml').getText('UTF-8')
assert yaml.startsWith('# contentlint configuration, written by `mvn contentlint:init` from the 14 files under content/')
assert yaml.contains('\ncontent: content\n')
assert yaml.contains('\nexclude: ["**/.*", "**/.*/**", "templates/**"]\n')
assert yaml.contains('\nlevels:\n  # frontmatter.syntax: 1 error in 1 file today (the first at notes/meeting_2026_01_05.md:4:12),')
assert yaml.contains('\n  frontmatter.syntax: warning\n')
assert yaml.contains('\n  linkedin-post:\n    match:\n      frontMatter:\n        node_type: linkedin-post\n    frontMatter:\n      required: true  # all 5 files have front matter\n      schema: schemas/linkedin-post.schema.json\n')
assert yaml.contains('\n  notes:\n    match:\n      paths: ["notes/**"]\n    frontMatter:\n      required: false  # 1 of its 5 files has none\n      schema: schemas/notes.schema.json\n')

// 3. init again refuses, naming the file: it never replaces one.
assert runs[2].replace('\\', '/').contains("contentlint: ${path('contentlint.yaml')} exists, and init never replaces a file: nothing was written.".toString())
assert runs[2].contains('BUILD FAILURE')

// 4. validate passes with what init wrote: the broken note is a warning, nothing else is found.
List<String> validate = lines(runs[3])
def findingLines = { List<String> ls -> ls.findAll { it =~ /^\[(ERROR|WARNING|INFO)\] [^ ]+\.md:\d+:\d+: / } }
assert findingLines(validate) == ['[WARNING] notes/meeting_2026_01_05.md:4:12: warning [frontmatter.syntax] YAML syntax error: expected \',\' or \']\', but got <stream end> (while parsing a flow sequence that starts on line 4); close the open quote or bracket']
assert validate.contains('[INFO] contentlint: 14 files checked: 0 errors, 1 warning, 0 suggestions')
assert runs[3].contains('BUILD SUCCESS')

// 5. The mistyped status fails the build, and only it.
List<String> broken = lines(runs[4])
assert findingLines(broken) == [
    '[WARNING] notes/meeting_2026_01_05.md:4:12: warning [frontmatter.syntax] YAML syntax error: expected \',\' or \']\', but got <stream end> (while parsing a flow sequence that starts on line 4); close the open quote or bracket',
    '[ERROR] posts/12_conflict_resolution.md:6:9: error [frontmatter.schema] status: "drafted" is not one of draft, published',
]
assert broken.contains('[INFO] contentlint: 14 files checked: 1 error, 1 warning, 0 suggestions')
assert runs[4] =~ /contentlint: 1 error, 1 warning, 0 suggestions \(failOn=error\); see \S*contentlint\.json/
assert runs[4].contains('BUILD FAILURE')
def report = slurper.parse(new File(basedir, 'target/contentlint/contentlint.json'), 'UTF-8')
assert report.summary == [files: 14, errors: 1, warnings: 1, suggestions: 0]
return true
