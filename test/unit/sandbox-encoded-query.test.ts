/**
 * Encoded queries: the parser's structure, each operator's typed semantics against a small SQLite
 * database, and agreement between the SQL compiler and the in-memory matcher on the same rows.
 */
import Database from 'better-sqlite3'
import { SYSTEM_COLUMNS, type FieldInfo, type FieldResolver } from '../../sandbox/instance/schema'
import {
    buildCondition,
    compileToSql,
    conditionFromAddQuery,
    matchesRecord,
    notNullCondition,
    nullCondition,
    parseEncodedQuery,
    toEncodedQuery,
    type ParsedQuery,
} from '../../sandbox/instance/runtime/encoded-query'

const TABLES: Record<string, Record<string, FieldInfo>> = {
    x_parent: {
        name: { type: 'string' },
        active: { type: 'boolean' },
        manager: { type: 'reference', reference: 'x_parent' },
    },
    x_child: {
        name: { type: 'string' },
        label: { type: 'string' },
        count: { type: 'integer' },
        when: { type: 'glide_date_time' },
        parent: { type: 'reference', reference: 'x_parent' },
        flag: { type: 'boolean' },
    },
}
for (const t of Object.values(TABLES)) for (const c of SYSTEM_COLUMNS) t[c.name] = { type: c.type }

const resolve: FieldResolver = (table, field) =>
    Object.prototype.hasOwnProperty.call(TABLES[table] ?? {}, field) ? TABLES[table][field] : undefined

type Row = Record<string, string | null>

const PARENTS: Row[] = [
    { sys_id: 'p1', name: 'Alpha', active: '1', manager: null },
    { sys_id: 'p2', name: 'beta', active: '0', manager: 'p1' },
    { sys_id: 'p3', name: 'Gamma', active: null, manager: 'p1' },
    { sys_id: 'p4', name: 'Delta', active: '1', manager: 'p2' },
]

// c06 points at a parent that does not exist; c10's name is '' rather than NULL.
const CHILDREN: Row[] = [
    { sys_id: 'c01', name: 'Apple', label: 'apple', count: '9', when: '2024-01-15 10:00:00', parent: 'p1', flag: '1' },
    { sys_id: 'c02', name: 'apricot', label: 'Other', count: '10', when: '2024-02-01 00:00:00', parent: 'p2', flag: '0' },
    { sys_id: 'c03', name: 'Banana', label: null, count: '100', when: '2023-12-31 23:59:59', parent: 'p1', flag: null },
    { sys_id: 'c04', name: 'banana split', label: 'banana split', count: '-5', when: null, parent: null, flag: '1' },
    { sys_id: 'c05', name: null, label: null, count: null, when: '2024-01-15 10:00:00', parent: 'p3', flag: '0' },
    { sys_id: 'c06', name: 'Cherry_50%', label: 'x', count: '2.5', when: '2024-03-10 08:30:00', parent: 'deadbeef', flag: '1' },
    { sys_id: 'c07', name: 'cherry', label: 'CHERRY', count: '0', when: '2024-01-01 00:00:00', parent: 'p2', flag: null },
    { sys_id: 'c08', name: 'Date', label: null, count: '20', when: '2025-06-30 12:00:00', parent: 'p3', flag: '0' },
    { sys_id: 'c09', name: 'elder=berry', label: 'elder', count: '3', when: '2024-01-15 09:59:59', parent: 'p1', flag: '1' },
    { sys_id: 'c10', name: '', label: null, count: '1', when: '2024-12-31 23:59:59', parent: 'p4', flag: '0' },
]

const ALL = CHILDREN.map(r => r.sys_id as string)

let db: Database.Database

beforeAll(() => {
    db = new Database(':memory:')
    const load = (table: string, rows: Row[]): void => {
        const cols = Object.keys(TABLES[table])
        db.exec(`CREATE TABLE "${table}" (${cols.map(c => `"${c}" TEXT`).join(', ')})`)
        const insert = db.prepare(`INSERT INTO "${table}" (${cols.map(c => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)
        for (const r of rows) insert.run(cols.map(c => r[c] ?? null))
    }
    load('x_parent', PARENTS)
    load('x_child', CHILDREN)
})

afterAll(() => db.close())

function sqlIds(encoded: string | ParsedQuery, table = 'x_child'): string[] {
    const parsed = typeof encoded === 'string' ? parseEncodedQuery(encoded) : encoded
    const { where, params, orderBy } = compileToSql(table, parsed, resolve)
    const sql = `SELECT "sys_id" FROM "${table}" WHERE ${where}${orderBy ? ` ORDER BY ${orderBy}` : ''}`
    const ids = (db.prepare(sql).all(...params) as { sys_id: string }[]).map(r => r.sys_id)
    return orderBy ? ids : ids.sort()
}

const getRelated = (table: string, sysId: string, field: string): string | null => {
    const row = db.prepare(`SELECT "${field}" AS v FROM "${table}" WHERE "sys_id" = ?`).get(sysId) as { v: string | null } | undefined
    return row ? row.v : null
}

function jsIds(encoded: string | ParsedQuery, table = 'x_child'): string[] {
    const parsed = typeof encoded === 'string' ? parseEncodedQuery(encoded) : encoded
    const rows = table === 'x_child' ? CHILDREN : PARENTS
    return rows
        .filter(r => matchesRecord(table, parsed, f => r[f] ?? null, resolve, getRelated))
        .map(r => r.sys_id as string)
        .sort()
}

/** [encoded query, expected sys_ids of x_child]. */
const CASES: [string, string[]][] = [
    ['', ALL],
    ['^^EQ', ALL],
    // strings: case-insensitive equality, NULL never matches a value comparison
    ['name=apple', ['c01']],
    ['name=APPLE', ['c01']],
    ['name!=apple', ['c02', 'c03', 'c04', 'c06', 'c07', 'c08', 'c09', 'c10']],
    ['name=', ['c05', 'c10']],
    ['name!=', ['c01', 'c02', 'c03', 'c04', 'c06', 'c07', 'c08', 'c09']],
    ['nameISEMPTY', ['c05', 'c10']],
    ['nameISNOTEMPTY', ['c01', 'c02', 'c03', 'c04', 'c06', 'c07', 'c08', 'c09']],
    ['name=elder=berry', ['c09']],
    ['name=banana split', ['c04']],
    ['nameSTARTSWITHban', ['c03', 'c04']],
    ['nameENDSWITHRY', ['c07', 'c09']],
    ['nameLIKEerr', ['c06', 'c07', 'c09']],
    ['nameCONTAINSerr', ['c06', 'c07', 'c09']],
    ['nameCONTAINS%', ['c06']],
    ['nameCONTAINSr_', []],
    ['nameDOES NOT CONTAINan', ['c01', 'c02', 'c06', 'c07', 'c08', 'c09', 'c10']],
    ['nameNOT LIKEan', ['c01', 'c02', 'c06', 'c07', 'c08', 'c09', 'c10']],
    ['nameINapple,Date', ['c01', 'c08']],
    ['nameNOT INapple,Date', ['c02', 'c03', 'c04', 'c06', 'c07', 'c09', 'c10']],
    ['nameANYTHING', ALL],
    ['nameSAMEASlabel', ['c01', 'c04', 'c07']],
    ['nameNSAMEASlabel', ['c02', 'c06', 'c09']],
    // integers compare as numbers: "9" < "10" although "9" > "10" as strings
    ['count<10', ['c01', 'c04', 'c06', 'c07', 'c09', 'c10']],
    ['count>=10', ['c02', 'c03', 'c08']],
    ['count>9', ['c02', 'c03', 'c08']],
    ['count<=0', ['c04', 'c07']],
    ['count=2.5', ['c06']],
    ['count=10.0', ['c02']],
    ['count!=0', ['c01', 'c02', 'c03', 'c04', 'c06', 'c08', 'c09', 'c10']],
    ['countIN9,100', ['c01', 'c03']],
    ['countNOT IN9,100', ['c02', 'c04', 'c06', 'c07', 'c08', 'c09', 'c10']],
    ['countBETWEEN3@20', ['c01', 'c02', 'c08', 'c09']],
    ['count>=9^count<=10', ['c01', 'c02']],
    ['countISEMPTY', ['c05']],
    // date-times
    ['when>2024-01-15 10:00:00', ['c02', 'c06', 'c08', 'c10']],
    ['when<=2024-01-15 10:00:00', ['c01', 'c03', 'c05', 'c07', 'c09']],
    ['when=2024-01-15 10:00:00', ['c01', 'c05']],
    ['whenBETWEEN2024-01-01 00:00:00@2024-01-31 23:59:59', ['c01', 'c05', 'c07', 'c09']],
    ['whenISEMPTY', ['c04']],
    // booleans: an empty boolean is false
    ['flag=true', ['c01', 'c04', 'c06', 'c09']],
    ['flag=1', ['c01', 'c04', 'c06', 'c09']],
    ['flag=false', ['c02', 'c03', 'c05', 'c07', 'c08', 'c10']],
    ['flag!=true', ['c02', 'c03', 'c05', 'c07', 'c08', 'c10']],
    ['flag!=false', ['c01', 'c04', 'c06', 'c09']],
    ['flagISEMPTY', ['c03', 'c07']],
    // references compare exactly
    ['parent=p1', ['c01', 'c03', 'c09']],
    ['parent=P1', []],
    ['parentINp1,p4', ['c01', 'c03', 'c09', 'c10']],
    ['parentISEMPTY', ['c04']],
    // dot-walks; an empty or dangling reference reads as an all-empty record (LEFT JOIN)
    ['parent.active=true', ['c01', 'c03', 'c09', 'c10']],
    ['parent.active=false', ['c02', 'c04', 'c05', 'c06', 'c07', 'c08']],
    ['parent.nameSTARTSWITHa', ['c01', 'c03', 'c09']],
    ['parent.nameISEMPTY', ['c04', 'c06']],
    ['parent.manager.name=alpha', ['c02', 'c05', 'c07', 'c08']],
    ['parent.manager.active=true', ['c02', 'c05', 'c07', 'c08']],
    ['parent.manager.activeISEMPTY', ['c01', 'c03', 'c04', 'c06', 'c09']],
    // ^, ^OR, ^NQ
    ['nameSTARTSWITHa^ORcount>50', ['c01', 'c02', 'c03']],
    ['nameSTARTSWITHa^ORnameSTARTSWITHb^flag=true', ['c01', 'c04']],
    ['flag=true^count<0^NQnameISEMPTY', ['c04', 'c05', 'c10']],
    ['flag=true^NQflag=true', ['c01', 'c04', 'c06', 'c09']],
    ['parent.active=true^ORparentISEMPTY^count<5', ['c04', 'c09', 'c10']],
]

describe('encoded queries over SQLite and in memory', () => {
    test.each(CASES)('%s', (encoded, expected) => {
        expect(sqlIds(encoded)).toEqual(expected)
        expect(jsIds(encoded)).toEqual(expected)
    })

    test('dot-walk through a self-reference on the parent table', () => {
        expect(sqlIds('manager.name=alpha', 'x_parent')).toEqual(['p2', 'p3'])
        expect(jsIds('manager.name=alpha', 'x_parent')).toEqual(['p2', 'p3'])
        expect(sqlIds('manager.manager.nameISEMPTY^active=true', 'x_parent')).toEqual(['p1'])
        expect(jsIds('manager.manager.nameISEMPTY^active=true', 'x_parent')).toEqual(['p1'])
    })

    test('ORDERBY sorts integers numerically', () => {
        expect(sqlIds('countISNOTEMPTY^ORDERBYcount')).toEqual(['c04', 'c07', 'c10', 'c06', 'c09', 'c01', 'c02', 'c08', 'c03'])
    })

    test('ORDERBYDESC with a second key; NULLs last when descending', () => {
        expect(sqlIds('ORDERBYDESCwhen^ORDERBYname')).toEqual(['c08', 'c10', 'c06', 'c02', 'c05', 'c01', 'c09', 'c07', 'c03', 'c04'])
    })

    test('ORDERBY on strings ignores case', () => {
        expect(sqlIds('nameISNOTEMPTY^ORDERBYname')).toEqual(['c01', 'c02', 'c03', 'c04', 'c07', 'c06', 'c08', 'c09'])
    })

    test('an ORDERBY anywhere applies to the whole result and leaves the conditions alone', () => {
        expect(sqlIds('ORDERBYDESCcount^flag=true')).toEqual(['c01', 'c09', 'c06', 'c04'])
        expect(compileToSql('x_child', parseEncodedQuery('ORDERBYname'), resolve)).toEqual({
            where: '1=1',
            params: [],
            orderBy: '"name" COLLATE NOCASE ASC',
        })
    })

    test('the matcher agrees with SQL on every single condition and on combinations', () => {
        const values: Record<string, string[]> = {
            name: ['apple', 'A', 'an', '', 'Cherry_50%', 'elder=berry', '%', '_', 'apple,Date', 'a@z'],
            count: ['0', '9', '10', '2.5', '-5', '3@20', '9,100', ''],
            when: ['2024-01-15 10:00:00', '2024', '2024-01-01@2024-02-01', ''],
            flag: ['true', 'false', '', '1', '0', 'true,false'],
            parent: ['p1', 'P1', '', 'p1,deadbeef'],
            'parent.active': ['true', 'false', ''],
            'parent.name': ['alpha', 'a', '', 'a@c'],
            'parent.manager.name': ['alpha', 'beta', ''],
        }
        const ops = ['=', '!=', '<', '<=', '>', '>=', 'IN', 'NOT IN', 'STARTSWITH', 'ENDSWITH', 'LIKE', 'NOT LIKE', 'ISEMPTY', 'ISNOTEMPTY', 'ANYTHING', 'BETWEEN']
        const singles: string[] = []
        for (const [field, vals] of Object.entries(values)) for (const op of ops) for (const v of vals) singles.push(field + op + v)
        singles.push('nameSAMEASlabel', 'nameNSAMEASlabel', 'countSAMEASname', 'flagSAMEASflag', 'whenNSAMEASsys_created_on')

        // A fixed pseudo-random sample of ^, ^OR and ^NQ combinations.
        let seed = 42
        const next = (n: number): number => {
            seed = (seed * 1103515245 + 12345) % 2147483648
            return seed % n
        }
        const combos: string[] = []
        for (let i = 0; i < 300; i++) {
            const joins = ['^', '^OR', '^NQ']
            combos.push(singles[next(singles.length)] + joins[next(3)] + singles[next(singles.length)] + joins[next(3)] + singles[next(singles.length)])
        }

        let compared = 0
        for (const q of [...singles, ...combos]) {
            let sqlError: string | undefined
            let sqlResult: string[] = []
            try {
                sqlResult = sqlIds(q)
            } catch (e) {
                sqlError = (e as Error).message
            }
            if (sqlError !== undefined) {
                expect(() => jsIds(q)).toThrow(sqlError)
                continue
            }
            expect({ q, ids: jsIds(q) }).toEqual({ q, ids: sqlResult })
            compared++
        }
        // Most of the generated queries must be valid, or this test would prove little.
        expect(compared).toBeGreaterThan(500)
    })
})

describe('parseEncodedQuery', () => {
    test('^ binds AND, ^OR binds to the preceding condition, ^NQ starts a new query, ORDERBY is global', () => {
        expect(parseEncodedQuery('a=1^ORb!=2^cISEMPTY^NQdLIKEx^ORDERBYDESCe^ORDERBYf')).toEqual({
            queries: [
                [
                    [
                        { field: 'a', operator: '=', value: '1' },
                        { field: 'b', operator: '!=', value: '2' },
                    ],
                    [{ field: 'c', operator: 'ISEMPTY', value: '' }],
                ],
                [[{ field: 'd', operator: 'CONTAINS', value: 'x' }]],
            ],
            orderBy: [
                { field: 'e', desc: true },
                { field: 'f', desc: false },
            ],
        })
    })

    test('reads every operator and alias right after the field', () => {
        const cases: [string, string, string][] = [
            ['x=1', '=', '1'],
            ['x!=1', '!=', '1'],
            ['x<1', '<', '1'],
            ['x<=1', '<=', '1'],
            ['x>1', '>', '1'],
            ['x>=1', '>=', '1'],
            ['xIN1,2', 'IN', '1,2'],
            ['xNOT IN1,2', 'NOT IN', '1,2'],
            ['xSTARTSWITHa b', 'STARTSWITH', 'a b'],
            ['xENDSWITHb', 'ENDSWITH', 'b'],
            ['xCONTAINSc', 'CONTAINS', 'c'],
            ['xLIKEc', 'CONTAINS', 'c'],
            ['xDOES NOT CONTAINc', 'DOES NOT CONTAIN', 'c'],
            ['xNOT LIKEc', 'DOES NOT CONTAIN', 'c'],
            ['xISEMPTY', 'ISEMPTY', ''],
            ['xISNOTEMPTY', 'ISNOTEMPTY', ''],
            ['xANYTHING', 'ANYTHING', ''],
            ['xSAMEASy', 'SAMEAS', 'y'],
            ['xNSAMEASy', 'NSAMEAS', 'y'],
            ['xBETWEEN1@5', 'BETWEEN', '1@5'],
            ['x=a=b <c>', '=', 'a=b <c>'],
            ['x_2.y_3IN=', 'IN', '='],
        ]
        for (const [encoded, operator, value] of cases) {
            const field = encoded.startsWith('x_2') ? 'x_2.y_3' : 'x'
            expect(parseEncodedQuery(encoded).queries).toEqual([[[{ field, operator, value }]]])
        }
    })

    test('mixed-case field names still split at the operator', () => {
        expect(parseEncodedQuery('u_Name=x^u_CountIN1').queries).toEqual([
            [[{ field: 'u_Name', operator: '=', value: 'x' }], [{ field: 'u_Count', operator: 'IN', value: '1' }]],
        ])
    })

    test('ORDERBY is not read as ^OR, and a leading ^OR starts its own clause', () => {
        expect(parseEncodedQuery('ORa=1^ORDERBYname')).toEqual({
            queries: [[[{ field: 'a', operator: '=', value: '1' }]]],
            orderBy: [{ field: 'name', desc: false }],
        })
        expect(parseEncodedQuery('a=1^NQORb=2').queries).toEqual([
            [[{ field: 'a', operator: '=', value: '1' }]],
            [[{ field: 'b', operator: '=', value: '2' }]],
        ])
    })

    test('empty queries and segments are ignored', () => {
        expect(parseEncodedQuery('')).toEqual({ queries: [], orderBy: [] })
        expect(parseEncodedQuery('^^a=1^^^NQ^EQ').queries).toEqual([[[{ field: 'a', operator: '=', value: '1' }]]])
    })

    test('malformed segments throw naming the segment', () => {
        expect(() => parseEncodedQuery('foo')).toThrow('Invalid encoded query segment "foo"')
        expect(() => parseEncodedQuery('active=true^bogus')).toThrow('Invalid encoded query segment "bogus"')
        expect(() => parseEncodedQuery('=x')).toThrow('Invalid encoded query segment "=x"')
        expect(() => parseEncodedQuery('a..b=1')).toThrow('Invalid encoded query segment "a..b=1"')
        expect(() => parseEncodedQuery('ORDERBY')).toThrow('Invalid encoded query segment "ORDERBY"')
        expect(() => parseEncodedQuery('name!x')).toThrow('Invalid encoded query segment "name!x"')
    })

    test('platform operators the sandbox does not implement fail loudly instead of being mis-read', () => {
        expect(() => parseEncodedQuery('sys_class_nameINSTANCEOFtask')).toThrow(
            'Unsupported operator "INSTANCEOF" in encoded query segment "sys_class_nameINSTANCEOFtask"',
        )
        expect(() => parseEncodedQuery('sys_created_onONToday@javascript:gs.beginningOfToday()')).toThrow('Unsupported operator "ON"')
        expect(() => parseEncodedQuery('stateVALCHANGES')).toThrow('Unsupported operator "VALCHANGES"')
    })
})

describe('toEncodedQuery', () => {
    test('writes the canonical platform form and round-trips', () => {
        const encoded = 'nameLIKEa^ORnameNOT LIKEb^countBETWEEN1@5^flagISEMPTY^NQparent.active=true^ORDERBYDESCcount^ORDERBYname'
        const parsed = parseEncodedQuery(encoded)
        expect(toEncodedQuery(parsed)).toBe(encoded)
        expect(parseEncodedQuery(toEncodedQuery(parsed))).toEqual(parsed)
        expect(toEncodedQuery(parseEncodedQuery('xCONTAINSa^xDOES NOT CONTAINb^^EQ'))).toBe('xLIKEa^xNOT LIKEb')
        expect(toEncodedQuery({ queries: [], orderBy: [{ field: 'name', desc: true }] })).toBe('ORDERBYDESCname')
        expect(toEncodedQuery({ queries: [], orderBy: [] })).toBe('')
    })
})

describe('GlideRecord condition builders', () => {
    test('keep raw values and normalise operators and arrays', () => {
        expect(buildCondition('flag', '=', true)).toEqual({ field: 'flag', operator: '=', value: 'true' })
        expect(buildCondition('sys_id', 'IN', ['c01', 'c02'])).toEqual({ field: 'sys_id', operator: 'IN', value: 'c01,c02' })
        expect(buildCondition('name', 'contains', 'x')).toEqual({ field: 'name', operator: 'CONTAINS', value: 'x' })
        expect(buildCondition('name', 'NOT LIKE', 'x')).toEqual({ field: 'name', operator: 'DOES NOT CONTAIN', value: 'x' })
        expect(conditionFromAddQuery(['name', 'apple'])).toEqual({ field: 'name', operator: '=', value: 'apple' })
        expect(conditionFromAddQuery(['count', '>=', 10])).toEqual({ field: 'count', operator: '>=', value: '10' })
        expect(conditionFromAddQuery(['name', null])).toEqual({ field: 'name', operator: '=', value: '' })
        expect(nullCondition('name')).toEqual({ field: 'name', operator: 'ISEMPTY', value: '' })
        expect(notNullCondition('name')).toEqual({ field: 'name', operator: 'ISNOTEMPTY', value: '' })
    })

    test('reject unknown operators, bad field names and wrong argument counts', () => {
        expect(() => buildCondition('name', 'SOUNDSLIKE', 'x')).toThrow('Unsupported query operator "SOUNDSLIKE"')
        expect(() => buildCondition('name', 'constructor', 'x')).toThrow('Unsupported query operator "constructor"')
        expect(() => buildCondition('na me', '=', 'x')).toThrow('Invalid field name "na me" in query')
        expect(() => conditionFromAddQuery(['name'])).toThrow('addQuery takes (field, value) or (field, operator, value), got 1 arguments')
    })

    test('select the same rows as the equivalent encoded query', () => {
        const built: ParsedQuery = {
            queries: [
                [
                    [buildCondition('flag', '=', true), nullCondition('count')],
                    [conditionFromAddQuery(['count', '<', 10])],
                    [buildCondition('sys_id', 'NOT IN', ['c06'])],
                ],
            ],
            orderBy: [],
        }
        expect(sqlIds(built)).toEqual(['c01', 'c04', 'c09'])
        expect(jsIds(built)).toEqual(['c01', 'c04', 'c09'])
        expect(sqlIds(toEncodedQuery(built))).toEqual(['c01', 'c04', 'c09'])
        expect(sqlIds({ queries: [[[buildCondition('flag', '=', false)]]], orderBy: [] })).toEqual(sqlIds('flag=false'))
    })
})

describe('compile-time errors', () => {
    const both = (encoded: string, message: string): void => {
        expect(() => compileToSql('x_child', parseEncodedQuery(encoded), resolve)).toThrow(message)
        expect(() => matchesRecord('x_child', parseEncodedQuery(encoded), () => null, resolve, () => null)).toThrow(message)
    }

    test('unknown fields fail loudly instead of matching everything', () => {
        both('nope=1', 'Unknown field x_child.nope in query')
        both('name=x^ORnope=1', 'Unknown field x_child.nope in query')
        both('parent.nope=1', 'Unknown field x_parent.nope in query')
        both('nameSAMEASnope', 'Unknown field x_child.nope in query')
        expect(() => compileToSql('x_child', parseEncodedQuery('ORDERBYnope'), resolve)).toThrow('Unknown field x_child.nope in query')
        expect(() => compileToSql('x_nope', parseEncodedQuery('name=x'), resolve)).toThrow('Unknown field x_nope.name in query')
    })

    test('the matcher throws for an unknown field even when an earlier condition already decided', () => {
        expect(() => matchesRecord('x_child', parseEncodedQuery('nameANYTHING^ORnope=1'), () => null, resolve)).toThrow(
            'Unknown field x_child.nope in query',
        )
    })

    test('bad values and unsupported shapes', () => {
        both('count=abc', 'Invalid number "abc" for x_child.count in query')
        both('countBETWEEN5', 'BETWEEN needs "low@high" for x_child.count, got "5"')
        both('name.x=1', 'Cannot dot-walk through x_child.name: it is not a reference field')
        both('parent.nameSAMEASlabel', 'SAMEAS on a dot-walked field (x_child.parent.name) is not supported')
        both('when>javascript:gs.daysAgo(1)', 'javascript: values are not evaluated by the sandbox')
        expect(() => compileToSql('x_child', parseEncodedQuery('ORDERBYparent.name'), resolve)).toThrow(
            'Ordering by a dot-walked field (x_child.parent.name) is not supported',
        )
        expect(() => matchesRecord('x_child', parseEncodedQuery('parent.active=true'), () => 'p1', resolve)).toThrow(
            'Dot-walked condition on x_child.parent.active needs getRelated',
        )
    })
})

describe('compiled SQL shape', () => {
    test('uses placeholders for every value and typed column expressions', () => {
        const c = compileToSql('x_child', parseEncodedQuery("name=O'Brien^count>9^flag=true^nameSTARTSWITH50%"), resolve)
        expect(c.where).toBe(
            '(("name" COLLATE NOCASE = ?) AND (CAST(NULLIF("count", \'\') AS REAL) > ?) AND (COALESCE(NULLIF("flag", \'\'), \'0\') = ?) AND ("name" LIKE ? ESCAPE \'\\\'))',
        )
        expect(c.params).toEqual(["O'Brien", 9, '1', '50\\%%'])
        expect(c.orderBy).toBe('')
    })
})
