/* For the Wine test prefix only, never shipped: lists the active audio render endpoints. Asking is what makes
 * Wine register them under HKLM\...\MMDevices\Audio\Render, where the smoke test then adds the
 * PKEY_Device_ContainerId that real Windows sets and Wine does not (Qt drops endpoints without one). */
#define COBJMACROS
#include <initguid.h>
#include <windows.h>
#include <mmdeviceapi.h>
#include <stdio.h>

int main(void) {
    IMMDeviceEnumerator *enumerator = NULL;
    IMMDeviceCollection *devices = NULL;
    UINT count = 0;
    if (FAILED(CoInitialize(NULL))) return 2;
    if (FAILED(CoCreateInstance(&CLSID_MMDeviceEnumerator, NULL, CLSCTX_ALL, &IID_IMMDeviceEnumerator,
                                (void **)&enumerator)))
        return 3;
    if (FAILED(IMMDeviceEnumerator_EnumAudioEndpoints(enumerator, eRender, DEVICE_STATE_ACTIVE, &devices))) return 4;
    IMMDeviceCollection_GetCount(devices, &count);
    for (UINT i = 0; i < count; i++) {
        IMMDevice *device = NULL;
        LPWSTR id = NULL;
        if (SUCCEEDED(IMMDeviceCollection_Item(devices, i, &device)) && SUCCEEDED(IMMDevice_GetId(device, &id))) {
            printf("%ls\n", id);
            CoTaskMemFree(id);
        }
        if (device) IMMDevice_Release(device);
    }
    IMMDeviceCollection_Release(devices);
    IMMDeviceEnumerator_Release(enumerator);
    CoUninitialize();
    return count > 0 ? 0 : 1;
}
