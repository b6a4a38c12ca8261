#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The flatpak manifest cannot be built here (flatpak-builder has no network to
# fetch the GNOME runtime), so check what can be checked by hand: it parses, it
# names the app and its command, and the app module builds from this tree with
# meson and runs the tests.

import json
import sys

APP_ID = 'org.caretaker.Caretaker'


def fail(message):
    print(f'{sys.argv[1]}: {message}', file=sys.stderr)
    sys.exit(1)


def main():
    try:
        with open(sys.argv[1], encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        fail(f'cannot read the manifest: {e}')

    app_id = manifest.get('id', manifest.get('app-id'))
    if app_id != APP_ID:
        fail(f'"id" is {app_id!r}, expected {APP_ID!r}')
    if manifest.get('command') != 'caretaker':
        fail(f'"command" is {manifest.get("command")!r}, expected \'caretaker\'')
    for key in ('runtime', 'runtime-version', 'sdk'):
        if not isinstance(manifest.get(key), str):
            fail(f'"{key}" is missing')

    modules = manifest.get('modules')
    if not isinstance(modules, list) or not modules:
        fail('"modules" is missing or empty')
    for module in modules:
        if not isinstance(module, dict) or 'name' not in module:
            fail('every module needs a "name"')
        for source in module.get('sources', []):
            if source.get('type') == 'git' and not any(
                    k in source for k in ('tag', 'commit', 'branch')):
                fail(f'module {module["name"]}: git source without tag, commit or branch')
            if source.get('type') in ('archive', 'file') and 'sha256' not in source:
                fail(f'module {module["name"]}: {source["type"]} source without sha256')

    app = modules[-1]
    if app.get('name') != 'caretaker':
        fail('the last module must be "caretaker"')
    if app.get('buildsystem') != 'meson':
        fail('the caretaker module must use "buildsystem": "meson"')
    if '-Dtests=true' not in app.get('config-opts', []):
        fail('the caretaker module must configure with -Dtests=true')
    if app.get('run-tests') is not True:
        fail('the caretaker module must set "run-tests": true')
    if {'type': 'dir', 'path': '..'} not in app.get('sources', []):
        fail('the caretaker module must build this tree ({"type": "dir", "path": ".."})')

    print(f'{sys.argv[1]}: ok ({len(modules)} modules)')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        print(f'usage: {sys.argv[0]} MANIFEST', file=sys.stderr)
        sys.exit(2)
    main()
