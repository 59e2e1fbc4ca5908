def copy(File from, File to) {
  from.eachFile { f ->
    if (f.name == 'target') return
    def dest = new File(to, f.name)
    if (f.isDirectory()) { dest.mkdirs(); copy(f, dest) } else { dest.bytes = f.bytes }
  }
}
['parkeren-azure', 'vergunningen-open'].each { name ->
  def dest = new File(basedir, name)
  dest.mkdirs()
  copy(new File(samplesDirectory, name), dest)
}
// the module commented out of <modules> is a build of its own that Maven's dependency:list (the
// golden list) leaves out; the resolver's sample test leaves it out the same way
new File(basedir, 'parkeren-azure/parkeren-rapportage').deleteDir()
true
