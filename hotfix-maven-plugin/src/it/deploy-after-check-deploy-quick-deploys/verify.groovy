import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [2/2] Quick deploy of validated deploy 0Af000000000VAL01')
assert log.contains('[INFO] Deployed ')
assert log.contains(' to org prod: deploy 0Af000000000QCK01 Succeeded (quick deploy). Recorded in git notes refs/notes/hotfix-deploys.')

def note = ['git', '-C', basedir.path, 'notes', '--ref', 'refs/notes/hotfix-deploys', 'show', 'HEAD'].execute().text
def entries = new JsonSlurper().parseText(note)
assert entries.size() == 1
assert entries[0].org == 'prod'
assert entries[0].deployId == '0Af000000000QCK01'
assert entries[0].quickDeploy == true
