import groovy.json.JsonSlurper

// Maven scope -> Autonomy scope, and the order in which the widest wins when modules disagree
def scopeOf = [compile: 'runtime', runtime: 'runtime', provided: 'provided', system: 'provided', test: 'test']
def order = ['runtime', 'provided', 'build', 'test']

['parkeren-azure', 'vergunningen-open'].each { name ->
  def sample = new File(basedir, name)
  def report = new JsonSlurper().parse(new File(sample, 'target/autonomy/report.json'))
  def inventory = report.result.inventory
  def own = ([inventory.project] + inventory.components)
      .findAll { it.properties['autonomy:module'] == 'true' || it.properties['autonomy:project'] == 'true' || it == inventory.project }
      .collect { it.group + ':' + it.name } as Set

  def found = inventory.components
      .findAll { it.purl?.startsWith('pkg:maven/') && !own.contains(it.group + ':' + it.name) }
      .collect { c ->
        def q = c.purl.contains('?') ? c.purl.substring(c.purl.indexOf('?') + 1).split('&').collectEntries { it.split('=') as List } : [:]
        "${c.group}:${c.name}:${q.type ?: 'jar'}${q.classifier ? ':' + q.classifier : ''}:${c.version} ${c.scope}".toString()
      } as SortedSet

  def golden = [:]
  new File(samplesDirectory, name + '/maven-dependency-list.txt').eachLine { line ->
    if (line.isBlank()) return
    def artifact = line.substring(0, line.lastIndexOf(':'))
    def parts = artifact.split(':')
    if (own.contains(parts[0] + ':' + parts[1])) return
    def scope = scopeOf[line.substring(line.lastIndexOf(':') + 1)]
    def known = golden[artifact]
    golden[artifact] = known == null || order.indexOf(scope) < order.indexOf(known) ? scope : known
  }
  def expected = golden.collect { a, s -> "${a} ${s}".toString() } as SortedSet

  assert inventory.problems.findAll { it.severity == 'error' }.isEmpty() : "${name}: ${inventory.problems}"
  assert found == expected : "${name}: only the plugin found ${found - expected}; only Maven's list has ${expected - found}"
}
true
