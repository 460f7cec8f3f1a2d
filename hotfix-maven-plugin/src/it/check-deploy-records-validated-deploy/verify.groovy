import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [2/2] Check-only deploy of 1 file(s) with 1 test class(es) FeeCalculatorTest')
assert log.contains('[INFO] Check-only deploy 0Af000000000VAL01 to org prod passed: 2 test(s) ran, 1 coverage warning(s).')
assert log.contains('[WARNING] Coverage: InvoiceService: Test coverage of selected Apex Class is 70%')

def head = ['git', '-C', basedir.path, 'rev-parse', 'HEAD'].execute().text.trim()
def record = new JsonSlurper().parse(new File(basedir, 'target/hotfix/deploy.json'))
assert record.deployId == '0Af000000000VAL01'
assert record.commitId == head
assert record.targetOrg == 'prod'
assert record.tests == ['FeeCalculatorTest']

def calls = new File(basedir, 'target/fake-sf/calls.txt').readLines().findAll { it.startsWith('arg ') }
assert calls == ['project', 'deploy', 'validate', '--source-dir', 'force-app/main/default/classes/FeeCalculator.cls',
                 '--test-level', 'RunSpecifiedTests', '--tests', 'FeeCalculatorTest', '--wait', '33',
                 '--target-org', 'prod', '--json'].collect { 'arg ' + it }
