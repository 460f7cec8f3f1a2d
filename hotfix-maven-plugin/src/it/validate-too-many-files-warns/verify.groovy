import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] [scope] 6 deployable files changed, above the limit of 5 (scope.maxFiles) for a minimal hotfix.')
assert log.contains('[INFO] Validation passed: 0 error(s), 1 warning(s); 6 changed file(s), 6 deployable')
assert log.contains('BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/hotfix/validate.json'))
assert report.summary.warnings == 1
assert report.findings[0].rule == 'scope'
assert report.findings[0].value == '6'
