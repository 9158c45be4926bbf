import json,re,glob,os,collections
D='/work/wt-r/tests/data/blind/fresh4/'
T={'railway','rail_station','highway','waterway','port','airport','industrial_park','logistics_hub','energy','water','other_facility'}
S={'proposed','preliminary','starting','under_construction','completed','upgrade','unspecified'}
G={'point','line','area'}
F=['doc','mention','name','aliases','type','stage','target_year','start_year','places','geometry','lead_unit','quote','core']
bad=0; tot=collections.Counter(); core=collections.Counter()
docs=sorted(os.path.basename(p) for p in glob.glob(D+'docs/i_*.txt'))
for p in sorted(glob.glob(D+'gold/i_*.jsonl')):
    for ln,line in enumerate(open(p),1):
        try: e=json.loads(line)
        except Exception as x: print('PARSE',p,ln,x); bad+=1; continue
        if list(e.keys())!=F: print('FIELDS',p,ln,list(e.keys())); bad+=1
        doc=e['doc']; assert os.path.basename(p)==doc.replace('.txt','.jsonl')
        txt=re.sub(r'\s+','',open(D+'docs/'+doc).read())
        if e['type'] not in T: print('TYPE',p,ln); bad+=1
        if e['stage'] not in S: print('STAGE',p,ln); bad+=1
        if e['geometry'] not in G: print('GEOM',p,ln); bad+=1
        if e['core']!=(e['type']!='other_facility'): print('CORE',p,ln); bad+=1
        for k in ('target_year','start_year'):
            if e[k] is not None and not isinstance(e[k],int): print('YEAR',p,ln); bad+=1
        if not isinstance(e['aliases'],list) or not isinstance(e['places'],list): print('LIST',p,ln); bad+=1
        if re.sub(r'\s+','',e['quote']) not in txt: print('QUOTE',p,ln,e['quote'][:30]); bad+=1
        if re.sub(r'\s+','',e['mention']) not in txt: print('MENTION',p,ln,e['mention']); bad+=1
        tot[doc]+=1; core[doc]+=e['core']
for d in docs:
    if d not in tot: print('NOGOLD',d); bad+=1
for d in docs: print(d, core[d], tot[d])
print('docs',len(docs),'entities',sum(tot.values()),'core',sum(core.values()),'bad',bad)
