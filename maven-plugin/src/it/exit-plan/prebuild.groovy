def copy(File from, File to) {
  from.eachFile { f ->
    if (f.name == 'target') return
    def dest = new File(to, f.name)
    if (f.isDirectory()) { dest.mkdirs(); copy(f, dest) } else { dest.bytes = f.bytes }
  }
}
def dest = new File(basedir, 'parkeren-azure')
dest.mkdirs()
copy(new File(samplesDirectory, 'parkeren-azure'), dest)
true
