// Equipment of two clients of the main organisation: Windows desktops, notebooks and a server with the agent
// (full inventories; one machine with critical updates pending and a nearly full disk), a Linux notebook, and a
// printer and a router without the agent. The second organisation has no Tickets licence, hence no equipment.

import type { TenantData, TenantId } from '../../data/types.js';
import type { EquipmentRecord, InventoryRecord, SoftwareRecord } from './records.js';

const TYPES = ['Desktop', 'Notebook', 'Servidor', 'Impressora', 'Roteador', 'Switch', 'Nobreak'];

const GROUPS: Record<string, string[]> = {
  'Padaria Pão Quente': ['Loja matriz', 'Escritório'],
  'Farmácia Saúde Total': ['Balcão', 'Administração'],
};

const OFFICE: SoftwareRecord[] = [
  { name: 'Google Chrome', version: '126.0.6478.127', vendor: 'Google LLC' },
  { name: 'Mozilla Firefox (x64 pt-BR)', version: '127.0.2', vendor: 'Mozilla' },
  { name: 'Microsoft 365 Apps para Pequenos Negócios - pt-br', version: '16.0.17726.20160', vendor: 'Microsoft Corporation' },
  { name: 'Adobe Acrobat Reader (64-bit)', version: '24.002.20857', vendor: 'Adobe' },
  { name: '7-Zip 23.01 (x64)', version: '23.01', vendor: 'Igor Pavlov' },
  { name: 'AnyDesk', version: '8.0.10', vendor: 'AnyDesk Software GmbH' },
  { name: 'TiFlux Agent', version: '3.2.1', vendor: 'TiFlux' },
  { name: 'Java 8 Update 411', version: '8.0.4110.9', vendor: 'Oracle Corporation' },
  { name: 'Microsoft Edge', version: '126.0.2592.81', vendor: 'Microsoft Corporation' },
  { name: 'Microsoft Teams', version: '24124.2315.2911.3357', vendor: 'Microsoft Corporation' },
];

const POINT_OF_SALE: SoftwareRecord[] = [
  { name: 'Sistema PDV Padaria', version: '5.4.2', vendor: 'Alfa Sistemas' },
  { name: 'Driver Impressora Fiscal Elgin i9', version: '2.1.0', vendor: 'Elgin S.A.' },
  { name: 'Emissor NFC-e', version: '3.10.8', vendor: 'Alfa Sistemas' },
];

/** A server accumulates hundreds of entries: runtimes, SDKs and every security update installed. */
function serverSoftwares(): SoftwareRecord[] {
  const list: SoftwareRecord[] = [
    { name: 'Microsoft SQL Server 2019 (64-bit)', version: '15.0.4375.4', vendor: 'Microsoft Corporation' },
    { name: 'SQL Server Management Studio', version: '20.1.10.0', vendor: 'Microsoft Corporation' },
    { name: 'Veeam Backup & Replication', version: '12.1.2.172', vendor: 'Veeam Software Group GmbH' },
    { name: 'ERP Alfa Servidor', version: '11.2.0', vendor: 'Alfa Sistemas' },
    { name: 'TiFlux Agent', version: '3.2.1', vendor: 'TiFlux' },
  ];
  for (const year of [2008, 2010, 2012, 2013, 2015]) {
    for (const arch of ['x86', 'x64']) {
      list.push({ name: `Microsoft Visual C++ ${year} Redistributable (${arch})`, version: `${year - 1999}.0.${30000 + year}`, vendor: 'Microsoft Corporation' });
    }
  }
  for (let index = 0; index < 160; index += 1) {
    list.push({
      name: `Atualização de Segurança para Microsoft Windows (KB50${String(21000 + index * 37).padStart(5, '0')})`,
      version: '1',
      vendor: 'Microsoft Corporation',
    });
  }
  return list;
}

interface MachineSpec {
  name: string;
  client: string;
  type: string;
  group: string;
  acquisition: string | null;
  warranty: string | null;
  online?: boolean;
  manufacturer?: EquipmentRecord['manufacturer'];
  inventory?: InventoryRecord;
  softwares?: SoftwareRecord[];
  patrimonio: string;
}

function windows(
  os: { name: string; version: string; kernel: string },
  parts: Partial<InventoryRecord> & Pick<InventoryRecord, 'processor' | 'memory' | 'disks' | 'network' | 'windows_update' | 'current_user' | 'network_name'>,
): InventoryRecord {
  return {
    motherboard: { manufacturer: 'Dell Inc.', model: '0K8J8T', bios: '1.21.0' },
    disksmart: parts.disks.map((_disk, index) => ({ model: index === 0 ? 'KINGSTON SA400S37240G' : 'WDC WD10EZEX-08WN4A0', status: 'OK' })),
    vga: [{ name: 'Intel(R) UHD Graphics 630', vram_mb: 1024 }],
    printer: [{ name: 'Microsoft Print to PDF', port: 'PORTPROMPT:', default: false }],
    antivirus: [{ name: 'Windows Defender', up_to_date: true, active: true }],
    sound: [{ name: 'Realtek High Definition Audio' }],
    operating_system: { ...os, service_pack: null },
    ...parts,
  };
}

const MACHINES: MachineSpec[] = [
  {
    name: 'PPQ-CAIXA-01', client: 'Padaria Pão Quente', type: 'Desktop', group: 'Loja matriz', patrimonio: 'PAT-0101',
    acquisition: '2021-03-10', warranty: '2024-03-10', online: true,
    manufacturer: { name: 'Dell Inc.', model: 'OptiPlex 3070', serial: 'BR3070X1' },
    inventory: windows({ name: 'Microsoft Windows 10 Pro', version: '22H2', kernel: '10.0.19045' }, {
      processor: { name: 'Intel(R) Core(TM) i5-9500 CPU @ 3.00GHz' }, memory: { total_gb: 8 },
      disks: [{ name: 'C:', size_gb: 223.1, use_percent: 94 }, { name: 'D:', size_gb: 931.5, use_percent: 41 }],
      network: [{ name: 'Realtek PCIe GbE Family Controller', ipv4: '192.168.10.21', mac: '00:1B:44:11:3A:B7' }],
      printer: [
        { name: 'Elgin i9 (Fiscal)', port: 'COM3', default: true },
        { name: 'Microsoft Print to PDF', port: 'PORTPROMPT:', default: false },
      ],
      antivirus: [{ name: 'Windows Defender', up_to_date: false, active: true }],
      windows_update: { pending_count: 7, has_critical_pending: true },
      current_user: 'PADARIA\\caixa01', network_name: 'PADARIA',
    }),
    softwares: [...OFFICE, ...POINT_OF_SALE],
  },
  {
    name: 'PPQ-CAIXA-02', client: 'Padaria Pão Quente', type: 'Desktop', group: 'Loja matriz', patrimonio: 'PAT-0102',
    acquisition: '2023-07-01', warranty: '2026-07-01', online: false,
    manufacturer: { name: 'Dell Inc.', model: 'OptiPlex 3000', serial: 'BR3000Z7' },
    inventory: windows({ name: 'Microsoft Windows 11 Pro', version: '23H2', kernel: '10.0.22631' }, {
      processor: { name: 'Intel(R) Core(TM) i3-12100 CPU @ 3.30GHz' }, memory: { total_gb: 8 },
      disks: [{ name: 'C:', size_gb: 237.9, use_percent: 48 }],
      network: [{ name: 'Intel(R) Ethernet Connection I219-V', ipv4: '192.168.10.22', mac: '00:1B:44:11:3A:C2' }],
      windows_update: { pending_count: 2, has_critical_pending: false },
      current_user: 'PADARIA\\caixa02', network_name: 'PADARIA',
    }),
    softwares: [...OFFICE, ...POINT_OF_SALE],
  },
  {
    name: 'PPQ-SRV-01', client: 'Padaria Pão Quente', type: 'Servidor', group: 'Escritório', patrimonio: 'PAT-0110',
    acquisition: '2020-11-20', warranty: '2025-11-20', online: true,
    manufacturer: { name: 'Dell Inc.', model: 'PowerEdge T140', serial: 'BRT140S9' },
    inventory: windows({ name: 'Microsoft Windows Server 2019 Standard', version: '1809', kernel: '10.0.17763' }, {
      processor: { name: 'Intel(R) Xeon(R) E-2224 CPU @ 3.40GHz' }, memory: { total_gb: 32 },
      motherboard: { manufacturer: 'Dell Inc.', model: '0H1TJT', bios: '2.14.1' },
      disks: [{ name: 'C:', size_gb: 222.6, use_percent: 71 }, { name: 'E:', size_gb: 1862.9, use_percent: 86 }],
      disksmart: [{ model: 'Dell BOSS-S1', status: 'OK' }, { model: 'ST2000NM0055', status: 'Pred Fail' }],
      network: [
        { name: 'Broadcom NetXtreme Gigabit Ethernet', ipv4: '192.168.10.2,192.168.10.3', mac: 'D0:94:66:1F:02:9A' },
        { name: 'Broadcom NetXtreme Gigabit Ethernet #2', ipv4: '10.0.0.2', mac: 'D0:94:66:1F:02:9B' },
      ],
      vga: [{ name: 'Matrox G200eW3 (Nuvoton) WPCM450', vram_mb: 16 }],
      antivirus: [{ name: 'ESET Server Security', up_to_date: true, active: true }],
      windows_update: { pending_count: 12, has_critical_pending: true },
      current_user: null, network_name: 'PADARIA',
    }),
    softwares: serverSoftwares(),
  },
  {
    name: 'PPQ-ESCRITORIO-NB', client: 'Padaria Pão Quente', type: 'Notebook', group: 'Escritório', patrimonio: 'PAT-0120',
    acquisition: '2024-02-15', warranty: '2027-02-15', online: true,
    manufacturer: { name: 'Lenovo', model: 'ThinkPad E14 Gen 5', serial: 'PF4KX2QZ' },
    inventory: windows({ name: 'Microsoft Windows 11 Pro', version: '23H2', kernel: '10.0.22631' }, {
      processor: { name: 'AMD Ryzen 5 7530U with Radeon Graphics' }, memory: { total_gb: 16 },
      motherboard: { manufacturer: 'LENOVO', model: '21JR0007BR', bios: 'R2HET39W (1.19)' },
      disks: [{ name: 'C:', size_gb: 476.3, use_percent: 37 }],
      network: [{ name: 'Realtek 8852BE Wireless LAN WiFi 6 PCI-E NIC', ipv4: '192.168.10.54', mac: '3C:21:9C:7E:11:04' }],
      vga: [{ name: 'AMD Radeon(TM) Graphics', vram_mb: 512 }],
      antivirus: [{ name: 'ESET Endpoint Security', up_to_date: true, active: true }],
      windows_update: { pending_count: 0, has_critical_pending: false },
      current_user: 'PADARIA\\joana.gerente', network_name: 'PADARIA',
    }),
    softwares: OFFICE,
  },
  {
    name: 'PPQ-IMPRESSORA-LOJA', client: 'Padaria Pão Quente', type: 'Impressora', group: 'Loja matriz', patrimonio: 'PAT-0130',
    acquisition: '2022-05-03', warranty: null,
  },
  {
    name: 'FST-BALCAO-01', client: 'Farmácia Saúde Total', type: 'Desktop', group: 'Balcão', patrimonio: 'FST-001',
    acquisition: '2022-09-12', warranty: '2025-09-12', online: true,
    manufacturer: { name: 'Positivo Tecnologia', model: 'Master D610', serial: 'PSTD610-88172' },
    inventory: windows({ name: 'Microsoft Windows 10 Pro', version: '22H2', kernel: '10.0.19045' }, {
      processor: { name: 'Intel(R) Core(TM) i5-10400 CPU @ 2.90GHz' }, memory: { total_gb: 8 },
      motherboard: { manufacturer: 'Positivo Tecnologia SA', model: 'POS-PIH410CF', bios: 'F3' },
      disks: [{ name: 'C:', size_gb: 223.5, use_percent: 63 }],
      network: [{ name: 'Realtek PCIe GbE Family Controller', ipv4: '192.168.1.31', mac: '70:85:C2:9A:10:EE' }],
      antivirus: [{ name: 'Kaspersky Endpoint Security', up_to_date: true, active: true }],
      windows_update: { pending_count: 3, has_critical_pending: false },
      current_user: 'FARMACIA\\balcao', network_name: 'FARMACIA',
    }),
    softwares: [...OFFICE, { name: 'Trier Sistemas Farmácia', version: '9.3.1', vendor: 'Trier Sistemas' }],
  },
  {
    name: 'FST-ADM-NB', client: 'Farmácia Saúde Total', type: 'Notebook', group: 'Administração', patrimonio: 'FST-002',
    acquisition: '2023-01-20', warranty: '2026-01-20', online: true,
    manufacturer: { name: 'Dell Inc.', model: 'Latitude 3420', serial: 'BR3420L5' },
    inventory: {
      processor: { name: '11th Gen Intel(R) Core(TM) i7-1165G7 @ 2.80GHz' }, memory: { total_gb: 16 },
      motherboard: { manufacturer: 'Dell Inc.', model: '0X6MTN', bios: '1.31.0' },
      disks: [{ name: '/', size_gb: 467.4, use_percent: 28 }, { name: '/boot/efi', size_gb: 0.5, use_percent: 6 }],
      disksmart: [{ model: 'SSSTC CL1-4D512', status: 'OK' }],
      network: [{ name: 'wlp0s20f3', ipv4: '192.168.1.40', mac: '8C:C6:81:F2:3D:5A' }],
      vga: [{ name: 'Intel Corporation TigerLake-LP GT2 [Iris Xe Graphics]', vram_mb: 256 }],
      printer: [], antivirus: [],
      operating_system: { name: 'Ubuntu', version: '22.04.4 LTS', kernel: '6.5.0-41-generic', service_pack: null },
      windows_update: null, sound: [{ name: 'Tiger Lake-LP Smart Sound Technology Audio Controller' }],
      network_name: 'FARMACIA', current_user: 'marta',
    },
    softwares: [
      { name: 'firefox', version: '127.0.2', vendor: 'Canonical' },
      { name: 'libreoffice', version: '7.3.7', vendor: 'The Document Foundation' },
      { name: 'tiflux-agent', version: '3.2.1', vendor: 'TiFlux' },
    ],
  },
  {
    name: 'FST-ROTEADOR', client: 'Farmácia Saúde Total', type: 'Roteador', group: 'Balcão', patrimonio: 'FST-010',
    acquisition: '2021-06-30', warranty: '2022-06-30',
  },
];

export function seedEquipment(tenant: TenantData, tenantId: TenantId): void {
  tenant.equipmentTypes = [];
  tenant.equipmentGroups = [];
  tenant.equipments = [];
  if (tenantId !== 'main') return;
  tenant.equipmentTypes = TYPES.map((name, index) => ({ id: 401 + index, name }));
  let groupId = 651;
  for (const [clientName, names] of Object.entries(GROUPS)) {
    const client = tenant.clients.find((candidate) => candidate.name === clientName)!;
    for (const name of names) tenant.equipmentGroups.push({ id: groupId++, name, client_id: client.id });
  }
  const patrimonio = tenant.entityFields.find((field) => field.name === 'Patrimônio');
  MACHINES.forEach((spec, index) => {
    const client = tenant.clients.find((candidate) => candidate.name === spec.client)!;
    const inventory = spec.inventory ?? null;
    const os = inventory?.operating_system;
    tenant.equipments.push({
      id: 9101 + index,
      name: spec.name,
      client_id: client.id,
      equipment_type_id: tenant.equipmentTypes.find((type) => type.name === spec.type)!.id,
      equipment_group_id: tenant.equipmentGroups.find((group) => group.name === spec.group && group.client_id === client.id)!.id,
      acquisition_date: spec.acquisition,
      warranty_date: spec.warranty,
      last_seen: inventory ? (spec.online ? '2026-08-21T09:58:00-03:00' : '2026-08-14T18:02:00-03:00') : null,
      agent: inventory ? { version: '3.2.1', online: spec.online ?? false, email: null, user: inventory.current_user } : null,
      manufacturer: spec.manufacturer ?? null,
      system: os ? { name: os.name, version: os.version, kernel: os.kernel, timezone: 'America/Sao_Paulo' } : null,
      inventory,
      softwares: spec.softwares ?? [],
      entities: patrimonio ? [{ entity_field_id: patrimonio.id, name: patrimonio.name, value: spec.patrimonio }] : [],
    });
  });
}
