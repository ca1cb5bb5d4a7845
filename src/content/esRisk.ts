// The leak-risk words in Spanish, typed against the English ones (enRisk.ts). Re-exported by es.ts.
import type * as EN from './enRisk'
import type { Frequency } from '../core/risk/present'

export const freq: typeof EN.freq = (f: Frequency) =>
  f.few ? `menos de 1 de cada ${f.of}` : `unos ${f.k} de cada ${f.of}`
export const freqShort: typeof EN.freqShort = (f: Frequency) => `${f.few ? '<' : ''}${f.k} de ${f.of}`

export const RISK: typeof EN.RISK = {
  title: 'Por dónde puede salir el cemento',
  disclaimer:
    'Estas cifras describen grupos de personas en estudios publicados, no a una persona. El cemento en 3D muestra cómo ocurren las fugas, no lo probables que son.',
  anyLeak: 'Algo de cemento fuera del hueso',
  symptomatic: 'Una fuga que da síntomas',
  complications: 'Con cáncer en el hueso: problemas poco después, de cualquier causa',
  upTo: (pct: string) => `hasta ${pct}`,
  embolism: 'Cemento que llega a los pulmones (TC de tórax)',
  embolismSymptomatic: 'de estas, con síntomas',
  reached: 'Alcanzado por el cemento en esta animación',
  scale: 'Color del riesgo, por vértebra tratada',
  sources: 'Fuentes',
  range: 'límites',
  derived: 'derivada',
  derivedFrom: (names: string) => `derivada de ${names}`,
  counts: {
    vertebra: 'por vértebra tratada',
    patient: 'por paciente',
    procedure: 'por procedimiento',
    xray: 'en rayos X',
    ct: 'en TC',
    mixed: 'imagen mixta',
    clinical: 'síntomas',
  },
  detection: 'Fugas vistas en',
  detections: { xray: 'rayos X', ct: 'TC' },
  ctNote:
    'La TC encuentra muchas fugas pequeñas que una radiografía simple no ve; la mayoría nunca importan. En TC, "canal espinal" cuenta cualquier cemento en el espacio epidural, casi todo en sus venas: rara vez presiona la médula.',
  breachNote:
    'Pared posterior rota: ningún estudio de huesos débiles da las fugas al canal según el estado de la pared, así que la cifra del canal es incierta. Con la pared posterior rota, la cifoplastia tuvo fugas en el 9 % de 157 niveles y no dañó ningún nervio (Perez 2021); con cáncer, las fugas al canal son el 16 % de las vértebras (WJSO 2022).',
  views: { case: 'Este caso', compare: 'Los dos procedimientos', factors: 'Factores' },
  viewsLabel: 'Vistas del riesgo',
  pathwayHint: 'Toque un lugar para verlo en la vértebra.',
  patient: {
    title: 'Cemento fuera del hueso',
    lead: (proc: string, f: Frequency) =>
      `Después de la ${proc.toLowerCase()}, en ${freq(f)} huesos tratados se ve un poco de cemento fuera del hueso en las radiografías.`,
    symptoms: (f: Frequency) => `Casi nunca causa problemas: ${freq(f)} personas tienen síntomas por ello.`,
    tumor: (f: Frequency) =>
      `Con cáncer en el hueso, los problemas de cualquier tipo poco después son más frecuentes: hasta ${f.k} de cada 100. Su médico lo hablará con usted.`,
    doctor:
      'Estas cifras vienen de estudios con muchas personas. No pueden decir lo que le pasará a usted. Su médico conoce su caso.',
    animation: 'La imagen en movimiento muestra cómo puede repartirse el cemento. No muestra lo probable que es.',
    where: 'Adónde puede ir',
    arrayLabel: (leak: number, symptomatic: number, none: number) =>
      `De cada 100 huesos tratados: ${leak} con algo de cemento fuera del hueso, ${symptomatic} de ellos con síntomas, y ${none} sin nada fuera.`,
    key: { symptomatic: 'Fuera, con síntomas', silent: 'Fuera, sin síntomas', none: 'Nada fuera' },
    estimate: 'estimación',
  },
  compare: {
    caption: (detection: string) =>
      `Por vértebra tratada, en ${detection}, con los factores de este caso aplicados a los dos procedimientos`,
    figure: 'Cifra',
    source: 'Fuente',
    anyLeak: 'Cualquier fuga',
    headToHead:
      'La cifoplastia es la cifra de la vertebroplastia por el cociente de riesgos de los estudios que compararon las dos directamente (RR 0,62, 0,47-0,80; las seis comparaciones directas de Rose 2024: 39 % frente a 29 %). No se usan las tasas combinadas por separado (55 % frente a 18 %, Zhan 2017), que vienen de grupos de estudio distintos.',
    rangeNote:
      'Límites, no un intervalo de confianza: la cifra base en los extremos de su dispersión entre fuentes (39-55 %) y cada efecto aplicado en el extremo de su IC del 95 %, todo a la vez.',
    none: 'Ningún factor aparte de la cifra base.',
    applied: 'Factores aplicados',
    notApplied: 'Publicados, no aplicados',
  },
  factors: {
    caption: (proc: string, detection: string) =>
      `${proc}, en ${detection}: cada factor solo, frente al caso por defecto`,
    factor: 'Factor',
    any: 'Cualquiera',
    symptoms: 'Síntomas',
    how: 'Cada casilla es el riesgo con el factor dividido por el riesgo sin él. 1× quiere decir que el modelo no aplica ahí ningún efecto publicado.',
    level:
      'No entran en las cifras de población, aunque mueven la animación: el nivel (sin efecto combinado sobre las fugas, Zhan 2017; la embolia es más frecuente en niveles torácicos, J Orthop Surg Res 2021, sin un tamaño utilizable), el tiempo de mezcla y la velocidad de inyección (solo estudios de banco, sin tamaño de efecto clínico). Una aguja o dos: no se aplica (un subgrupo de cifoplastia RR 0,65 en un metaanálisis nulo, Ma 2022). Síntomas: una cifra fija de series primarias, que ningún estudio liga a estos factores.',
    cleft:
      'Hendidura: se aplica la OR combinada de 1,40 (Zhan 2017); un estudio emparejado no halló más fugas con hendidura, solo un paso de las venas a la cortical (PMC8449924).',
    stacked:
      'Varios factores que suben el riesgo a la vez: el mayor cuenta entero y cada uno más a la mitad, porque las odds ratios combinadas no están ajustadas y los factores van juntos.',
    names: {
      wall: 'Pared posterior rota',
      endplate: 'Platillo con grieta',
      cleft: 'Hendidura',
      lowVisc: 'Cemento líquido',
      highVisc: 'Cemento espeso',
      moreCement: '+1 mL de cemento',
      bilateral: 'Dos agujas',
      tumor: 'Tumor',
      lateStart: 'Inyectado 3 min después',
    },
  },
}
