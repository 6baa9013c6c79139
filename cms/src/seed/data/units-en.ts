import type { UnitSeed } from '../types';

/**
 * English names, functions and leaders' positions and bios of the city's units, for the
 * /en/organisation/ page (foreign-language information, Nghị định 42/2022/NĐ-CP). Leaders are
 * listed in the order of units.ts.
 */
interface UnitEnglish {
  name: string;
  functions: string[];
  leaders: Array<{ position: string; born: number; qualification: string; duty: string }>;
}

/** "Born in 1976. Master of …; advanced political theory. In overall charge…" */
const bio = (l: UnitEnglish['leaders'][number]): string => `Born in ${l.born}. ${l.qualification}; advanced political theory. ${l.duty}`;

const OVERALL = 'In overall charge of the unit';
const cityUnitsEn: Record<string, UnitEnglish> = {
  'phong-van-hoa-va-thong-tin': {
    name: 'Division of Culture and Information',
    functions: [
      "The Division of Culture and Information is a specialised agency of the Vung Tau City People's Committee. It advises the Committee on the state management of culture, families, physical training and sports, tourism, advertising, the press, publishing, post and telecommunications, information technology, digital transformation and grassroots information in the city.",
      "The Division is the standing body of the editorial board of the city portal: it drafts the yearly communication plan, guides contributors on topics, reports on the portal's results and the next month's direction on the 24th of every month, and pays contributors' fees and royalties.",
    ],
    leaders: [
      { position: 'Head of Division', born: 1976, qualification: 'Master of Cultural Management', duty: "Deputy head of the city portal's editorial board, in charge of reviewing news and articles." },
      { position: 'Deputy Head of Division', born: 1983, qualification: 'Bachelor of Information Technology', duty: 'In charge of information, communications and digital transformation.' },
    ],
  },
  'phong-tai-chinh-ke-hoach': {
    name: 'Division of Finance and Planning',
    functions: [
      "The Division of Finance and Planning advises the City People's Committee on the state management of finance, the budget, prices, planning and investment, the registration of household businesses, cooperatives and the private sector in the city.",
      "The Division proposes the funds that keep the city portal running and that pay contributors' fees and royalties under the regulations in force.",
    ],
    leaders: [
      { position: 'Head of Division', born: 1974, qualification: 'Master of Finance and Banking', duty: `${OVERALL}; directs the city's budget estimates and final accounts.` },
      { position: 'Deputy Head of Division', born: 1982, qualification: 'Bachelor of Accounting', duty: "Member of the city portal's editorial board." },
    ],
  },
  'phong-tu-phap': {
    name: 'Division of Justice',
    functions: [
      "The Division of Justice advises the City People's Committee on drafting, reviewing and monitoring the implementation of legal documents; legal education; grassroots mediation; civil status; certification; state compensation; legal aid; and the handling of administrative violations.",
      'The Division leads the communication of policies with a large social impact while legal documents are drafted, and posts drafts for public comment on the city portal.',
    ],
    leaders: [
      { position: 'Head of Division', born: 1978, qualification: 'Master of Laws', duty: `${OVERALL}; directs the drafting and review of documents and legal education.` },
    ],
  },
  'phong-noi-vu': {
    name: 'Division of Home Affairs',
    functions: [
      "The Division of Home Affairs advises the City People's Committee on the organisation of the administration, job positions and staffing; civil servants and public employees; administrative reform; local government; records and archives; religion; emulation and commendation; and youth affairs.",
      "The Division monitors the administrative reform results of the city's agencies and of the ward and commune People's Committees, and provides information for the portal's Administrative Reform section.",
    ],
    leaders: [
      { position: 'Head of Division', born: 1975, qualification: 'Master of Public Management', duty: `${OVERALL}; directs organisation and personnel.` },
      { position: 'Deputy Head of Division', born: 1984, qualification: 'Bachelor of Public Administration', duty: 'In charge of administrative reform, emulation and commendation.' },
    ],
  },
  'phong-y-te': {
    name: 'Division of Health',
    functions: [
      "The Division of Health advises the City People's Committee on the state management of preventive medicine, medical examination and treatment, rehabilitation, pharmaceuticals, cosmetics, food safety, health insurance and population in the city.",
      'The Division publishes information on the disease situation, prevention advice and food safety in the portal section "Useful information and disease prevention".',
    ],
    leaders: [
      { position: 'Head of Division', born: 1977, qualification: 'Specialist doctor (level I) in public health', duty: `${OVERALL}; directs disease prevention and control.` },
    ],
  },
  'van-phong-hdnd-va-ubnd': {
    name: "Office of the City People's Council and People's Committee",
    functions: [
      "The Office serves the City People's Council and People's Committee: it prepares their general work, advises the Chair of the People's Committee on direction and administration, controls administrative procedures, and provides the facilities the Council and Committee need.",
      "The Office runs the servers of the city portal and keeps it secure and online 24 hours a day, 7 days a week; it budgets for the portal and publishes the work schedule of the Committee's leaders.",
    ],
    leaders: [
      { position: 'Chief of Office', born: 1973, qualification: 'Master of Economic Management', duty: "Deputy head of the city portal's editorial board." },
      { position: 'Deputy Chief of Office', born: 1981, qualification: 'Bachelor of Laws', duty: 'In charge of the control of administrative procedures and the one-stop desk.' },
    ],
  },
  'phong-tai-nguyen-va-moi-truong': {
    name: 'Division of Natural Resources and Environment',
    functions: [
      "The Division advises the City People's Committee on the state management of land, water resources, minerals, the environment, the sea and islands, and climate change in the city.",
      'The Division encourages residents to sort waste at source and keep the sea clean, in support of the goal of a clean ASEAN tourist city.',
    ],
    leaders: [
      { position: 'Head of Division', born: 1975, qualification: 'Engineer in land management', duty: `${OVERALL}; directs land affairs.` },
      { position: 'Deputy Head of Division', born: 1985, qualification: 'Master of Environmental Science', duty: 'In charge of the environment, the sea and islands.' },
    ],
  },
  'phong-quan-ly-do-thi': {
    name: 'Division of Urban Management',
    functions: [
      "The Division of Urban Management advises the City People's Committee on the state management of construction planning, architecture, construction investment, urban development, technical infrastructure, transport, housing and public offices.",
      'The Division guides and inspects urban renewal and construction order, and provides planning information to organisations and individuals.',
    ],
    leaders: [
      { position: 'Head of Division', born: 1976, qualification: 'Master of Urban Planning', duty: `${OVERALL}; directs planning and architecture.` },
    ],
  },
  'phong-giao-duc-va-dao-tao': {
    name: 'Division of Education and Training',
    functions: [
      "The Division of Education and Training advises the City People's Committee on the state management of preschool, primary, lower secondary and continuing education and of the other schools the Committee manages.",
      'The Division follows exam results, teaching and learning emulation movements and digital transformation in the city\'s schools.',
    ],
    leaders: [
      { position: 'Head of Division', born: 1974, qualification: 'Master of Educational Management', duty: `${OVERALL}; directs personnel, planning and finance of the sector.` },
      { position: 'Deputy Head of Division', born: 1980, qualification: 'Master of Teaching Theory and Methods', duty: 'In charge of lower secondary education.' },
    ],
  },
  'phong-lao-dong-thuong-binh-va-xa-hoi': {
    name: 'Division of Labour, Invalids and Social Affairs',
    functions: [
      "The Division advises the City People's Committee on employment, labour, wages, social insurance, occupational safety, people with meritorious services, social protection, poverty reduction, children, gender equality and the prevention of social evils.",
      'The Division publishes information on social welfare policies, the programme "Leave no one behind" and the support given to families of war invalids and martyrs and to poor households.',
    ],
    leaders: [
      { position: 'Head of Division', born: 1973, qualification: 'Bachelor of Social Work', duty: `${OVERALL}; directs support for people with meritorious services and poverty reduction.` },
    ],
  },
  'phong-kinh-te': {
    name: 'Division of Economy',
    functions: [
      "The Division of Economy advises the City People's Committee on the state management of industry and handicrafts, trade, science and technology, agriculture, fisheries and rural development in the city.",
      'The Division follows the market and prices, fishing and aquaculture, and disaster prevention, search and rescue.',
    ],
    leaders: [
      { position: 'Head of Division', born: 1977, qualification: 'Master of Economics', duty: `${OVERALL}; directs trade, science and technology.` },
      { position: 'Deputy Head of Division', born: 1986, qualification: 'Engineer in aquaculture', duty: 'In charge of agriculture and fisheries.' },
    ],
  },
  'thanh-tra-thanh-pho': {
    name: 'City Inspectorate',
    functions: [
      "The City Inspectorate is a specialised agency of the City People's Committee for inspection, the reception of citizens, the settlement of complaints and denunciations, and the prevention of corruption.",
      'The Inspectorate reports the results of citizen reception and petition handling in the portal section "Interaction with citizens".',
    ],
    leaders: [
      { position: 'Chief Inspector', born: 1972, qualification: 'Bachelor of Laws', duty: `${OVERALL}; directs the settlement of complaints and denunciations.` },
    ],
  },
  'mttq-thanh-pho': {
    name: 'Viet Nam Fatherland Front Committee of the City',
    functions: [
      "The Fatherland Front Committee is the executive body of the Viet Nam Fatherland Front in the city between congresses. It builds national unity and represents and protects the lawful rights and interests of the people.",
      'The Committee oversees and gives social feedback on the work of the authorities, and leads the campaign "All people unite to build new rural areas and civilised cities" and the "For the poor" fund in the city.',
    ],
    leaders: [
      { position: 'Chair of the Committee', born: 1972, qualification: 'Bachelor of Laws', duty: "In overall charge of the Committee's work." },
      { position: 'Vice Chair of the Committee', born: 1979, qualification: 'Bachelor of Sociology', duty: 'In charge of communication and movements.' },
    ],
  },
  'thanh-doan': {
    name: 'Ho Chi Minh Communist Youth Union of the City',
    functions: [
      "The City Youth Union leads the Ho Chi Minh Communist Youth Union in Vung Tau between congresses; it gathers, unites and educates young people and organises the city's youth movements.",
      'It runs the summer volunteer campaigns and the "Young volunteers" and "Creative youth" movements, and helps residents use online public services and the electronic identification app.',
    ],
    leaders: [
      { position: 'Secretary of the City Youth Union', born: 1990, qualification: 'Master of Public Management', duty: 'In overall charge of youth work and youth movements in the city.' },
    ],
  },
  'hoi-lien-hiep-phu-nu': {
    name: "Women's Union of the City",
    functions: [
      "The City Women's Union represents and protects the lawful rights and interests of women, and explains the Party's guidelines and the State's policies and laws to its members.",
      'It runs movements and campaigns such as "Women learn actively, work creatively and build happy families", and helps women start businesses and improve their families\' livelihoods.',
    ],
    leaders: [{ position: "Chair of the Women's Union", born: 1978, qualification: 'Bachelor of Business Administration', duty: "In overall charge of the Union's work." }],
  },
  'hoi-cuu-chien-binh': {
    name: "Veterans' Association of the City",
    functions: [
      "The City Veterans' Association unites veterans, upholds the traditions of \"Uncle Ho's soldiers\", takes part in building the Party and the authorities, and teaches revolutionary traditions to the young.",
      'The Association helps its members develop their livelihoods and escape poverty, and takes part in keeping neighbourhoods safe and orderly.',
    ],
    leaders: [{ position: "Chair of the Veterans' Association", born: 1962, qualification: 'Bachelor of Military Science', duty: "In overall charge of the Association's work." }],
  },
  'hoi-nong-dan': {
    name: "Farmers' Association of the City",
    functions: [
      "The City Farmers' Association unites farmers and fishers, represents and protects their lawful rights and interests, and runs the movement of farmers who excel in production and business.",
      'The Association helps members with credit and with new aquaculture techniques, above all in Long Son Commune and the coastal wards.',
    ],
    leaders: [{ position: "Chair of the Farmers' Association", born: 1970, qualification: 'Engineer in agriculture', duty: "In overall charge of the Association's work." }],
  },
  'lien-doan-lao-dong': {
    name: 'Labour Confederation of the City',
    functions: [
      "The City Labour Confederation represents and protects the lawful rights and interests of workers, and guides the grassroots trade unions in the city.",
      'It runs the "Workers\' Month" and "Tết Reunion" programmes, supports members in difficulty and explains labour law.',
    ],
    leaders: [{ position: 'Chair of the Labour Confederation', born: 1976, qualification: 'Bachelor of Human Resource Management', duty: "In overall charge of the Confederation's work." }],
  },
  'trung-tam-van-hoa-thong-tin-va-the-thao': {
    name: 'Centre for Culture, Information and Sports',
    functions: [
      "The Centre for Culture, Information and Sports is a public service unit of the City People's Committee. It organises cultural, artistic, sports and public information activities and runs the city's public address system.",
      'The Centre produces news, articles and photo reports on the political, cultural and sports events and festivals of the city for the city portal and the media.',
    ],
    leaders: [
      { position: 'Director', born: 1975, qualification: 'Master of Cultural Management', duty: `${OVERALL}; directs information and communication.` },
      { position: 'Deputy Director', born: 1982, qualification: 'Bachelor of Journalism', duty: "Member of the city portal's editorial board, in charge of news, articles and photographs." },
    ],
  },
  'ban-tuyen-giao-thanh-uy': {
    name: 'Propaganda and Education Commission of the City Party Committee',
    functions: [
      'The Commission advises the City Party Committee and its Standing Committee on political theory, propaganda, the press, publishing, culture, the arts, science and education.',
      'It guides the communication of political events and national and city anniversaries, and helps provide accurate and timely information on issues of public concern.',
    ],
    leaders: [
      { position: 'Member of the Standing Committee of the City Party Committee, Head of the Commission', born: 1974, qualification: 'Master of Political Science', duty: 'In overall charge of propaganda and education in the city Party organisation.' },
      { position: 'Deputy Head of the Commission', born: 1981, qualification: 'Bachelor of Journalism', duty: 'In charge of propaganda and the press.' },
    ],
  },
  'cong-an-thanh-pho': {
    name: 'City Police',
    functions: [
      "The Vung Tau City Police advise the City Party Committee and People's Committee on national security, public order and social safety; they fight crime and violations of the law and keep the city's traffic safe and orderly.",
      'The City Police guide residents on residence registration, citizen identity cards, activating VNeID electronic identification accounts and the online public services in their field.',
    ],
    leaders: [{ position: 'Chief of the City Police', born: 1976, qualification: "Bachelor of People's Security", duty: 'In overall charge of security and public order in the city.' }],
  },
};

/** A city unit with its English fields, when it has them. */
export const withCityEnglish = (unit: UnitSeed): UnitSeed => {
  const en = cityUnitsEn[unit.slug];
  if (!en) return unit;
  return {
    ...unit,
    nameEn: en.name,
    functionsEn: en.functions,
    leaders: unit.leaders.map((leader, i) => {
      const l = en.leaders[i];
      return l ? { ...leader, positionEn: l.position, bioEn: bio(l) } : leader;
    }),
  };
};
