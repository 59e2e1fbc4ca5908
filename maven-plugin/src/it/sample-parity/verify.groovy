import groovy.json.JsonSlurper

// 1. The plugin finds exactly what Maven's own dependency:list finds (the resolver's golden lists).
// 2. The CLI, scanning the same folder, finds the same components and the same findings.

def scopeOf = [compile: 'runtime', runtime: 'runtime', provided: 'provided', system: 'provided', test: 'test']
def order = ['runtime', 'provided', 'build', 'test']
def slurper = new JsonSlurper()

def ownOf = { inventory ->
  ([inventory.project] + inventory.components)
      .findAll { it.role in ['module', 'project'] || it.is(inventory.project) }
      .collect { it.group + ':' + it.name } as Set
}
def componentsOf = { inventory -> inventory.components.collect { "${it.ref} ${it.scope}".toString() } as SortedSet }
def findingsOf = { result ->
  result.assessment.findings.collect { "${it.ruleId} ${it.subject.ref} ${it.severity} waived=${it.waiver != null}".toString() } as SortedSet
}

def cli = new File(cliJar)
assert cli.isFile() : "the parity check runs the CLI: build src/cli first (mvn verify from the repository root does)"

['parkeren-azure', 'vergunningen-open'].each { name ->
  def sample = new File(basedir, name)
  def plugin = slurper.parse(new File(sample, 'target/autonomy/report.json')).result
  def inventory = plugin.inventory
  def own = ownOf(inventory)

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

  def cliOut = new File(sample, 'target/cli-report')
  def java = new File(System.getProperty('java.home'), 'bin/java').path
  def proc = [java, '-jar', cli.path, 'scan', sample.path, '--format', 'json', '--output', cliOut.path,
              '--fail-on', 'never', '-q'].execute()
  proc.waitForProcessOutput(System.out, System.err)
  assert proc.exitValue() == 0 : "${name}: the CLI failed"
  def viaCli = slurper.parse(new File(cliOut, 'report.json')).result

  def pc = componentsOf(inventory), cc = componentsOf(viaCli.inventory)
  assert pc == cc : "${name}: only the plugin has ${pc - cc}; only the CLI has ${cc - pc}"
  def pf = findingsOf(plugin), cf = findingsOf(viaCli)
  assert !pf.isEmpty() || name == 'vergunningen-open' : "${name}: the sample's lock-in is found"
  assert pf == cf : "${name}: only the plugin has findings ${pf - cf}; only the CLI has ${cf - pf}"
  assert plugin.assessment.verdict == viaCli.assessment.verdict
}
true
