// Written here, not kept in the repository: a 40 MB draft of plain paragraphs, and a sparse
// file of 2.3 GB (no room on disk) that no Java array could hold.
def content = new File(basedir, 'content')
def big = new File(content, 'big.md')
big.withWriter('UTF-8') { out ->
    out << '---\ntitle: Big\n---\n# Big\n\n'
    def paragraph = 'Some plain words in a paragraph of a big file, with [a link](good.md) in it.\n\n'
    long written = 0
    while (written < 40_000_000L) {
        out << paragraph
        written += paragraph.length()
    }
}
new RandomAccessFile(new File(content, 'dump.md'), 'rw').withCloseable { it.setLength(2_500_000_000L) }
return true
